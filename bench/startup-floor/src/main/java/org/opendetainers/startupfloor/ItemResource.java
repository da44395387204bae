package org.opendetainers.startupfloor;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

@Path("/items")
public class ItemResource {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<RefItem> list() {
        return RefItem.listAll();
    }
}
