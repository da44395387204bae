package org.opendetainers.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The packages' one-way order, declared once: a package may import only the packages below it. The
 * same rules check the production code ({@link #RULES}) and a small tree of deliberate violations
 * under {@code architecture.fixture} ({@code LayersViolationTest}).
 *
 * <pre>
 * (root: the command line), tools, admin, pages, health
 *   → api → traffic → query → importer → catalog → representation → release → ingest
 *   → db → anonymize → domain → config → problem, devdb
 * </pre>
 */
record Layers(String root) {

    static final Layers RULES = new Layers("org.opendetainers");

    /** Top to bottom; each entry is a layer name and its package pattern relative to the root. */
    static final List<String[]> ORDER =
            List.of(
                    new String[] {"main", ""},
                    new String[] {"tools", ".tools.."},
                    new String[] {"admin", ".admin.."},
                    new String[] {"pages", ".pages.."},
                    new String[] {"health", ".health.."},
                    new String[] {"api", ".api.."},
                    new String[] {"traffic", ".traffic.."},
                    new String[] {"query", ".query.."},
                    new String[] {"importer", ".importer.."},
                    new String[] {"catalog", ".catalog.."},
                    new String[] {"representation", ".representation.."},
                    new String[] {"release", ".release.."},
                    new String[] {"ingest", ".ingest.."},
                    new String[] {"db", ".db.."},
                    new String[] {"anonymize", ".anonymize.."},
                    new String[] {"domain", ".domain.."},
                    new String[] {"config", ".config.."},
                    new String[] {"problem", ".problem.."},
                    new String[] {"devdb", ".devdb.."});

    /**
     * The entry points at the top may not import one another: each is a way in (the command line
     * may call the tools).
     */
    private static final List<String> ENTRY = List.of("main", "admin", "pages", "health");

    Architectures.LayeredArchitecture layers() {
        Architectures.LayeredArchitecture a =
                layeredArchitecture()
                        .consideringOnlyDependenciesInLayers()
                        .withOptionalLayers(true);
        for (String[] layer : ORDER) {
            a = a.layer(layer[0]).definedBy(root + layer[1]);
        }
        for (int i = 0; i < ORDER.size(); i++) {
            String name = ORDER.get(i)[0];
            List<String> below = new ArrayList<>();
            for (int j = i + 1; j < ORDER.size(); j++) {
                String lower = ORDER.get(j)[0];
                if (!ENTRY.contains(lower)) {
                    below.add(lower);
                }
            }
            a =
                    below.isEmpty()
                            ? a.whereLayer(name).mayNotAccessAnyLayer()
                            : a.whereLayer(name).mayOnlyAccessLayers(below.toArray(String[]::new));
        }
        return a;
    }

    SliceRule noCycles() {
        return slices().matching(root + ".(**)").should().beFreeOfCycles();
    }
}
