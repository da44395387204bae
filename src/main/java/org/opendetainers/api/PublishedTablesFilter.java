package org.opendetainers.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.opendetainers.anonymize.Dimension;
import org.opendetainers.anonymize.PublishedTables;

/**
 * Writes into the description of {@code /v1/detainer-stats} what the code publishes, so the
 * document cannot drift from it: the published tables ({@link PublishedTables#describe()}) after
 * the operation's own description, and the dimensions ({@link Dimension}) after that of {@code
 * group_by}.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class PublishedTablesFilter implements OASFilter {

    /** The operation whose description is completed. */
    static final String OPERATION_ID = "listDetainerStats";

    @Override
    public Operation filterOperation(Operation operation) {
        if (OPERATION_ID.equals(operation.getOperationId())) {
            operation.setDescription(
                    operation.getDescription()
                            + " "
                            + PublishedTables.describe()
                            + " Any other combination is answered 400 with the published ones.");
            if (operation.getParameters() != null) {
                for (Parameter p : operation.getParameters()) {
                    if ("group_by".equals(p.getName())) {
                        p.setDescription(
                                p.getDescription()
                                        + ", of: "
                                        + String.join(", ", Dimension.NAMES)
                                        + ".");
                    }
                }
            }
        }
        return operation;
    }
}
