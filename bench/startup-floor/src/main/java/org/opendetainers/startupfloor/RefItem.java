package org.opendetainers.startupfloor;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;

@Entity
@Table(name = "ref_item")
public class RefItem extends PanacheEntityBase {
    @Id public Long id;
    @NotBlank public String name;
    public int qty;
}
