package org.opendetainers.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code pom.xml} declares each dependency once (Maven only warns about a second declaration, and
 * keeps one of them).
 */
@Tag("unit")
class PomTest {

    @Test
    void eachDependencyIsDeclaredOnce() throws Exception {
        Element project =
                DocumentBuilderFactory.newInstance()
                        .newDocumentBuilder()
                        .parse(new File("pom.xml"))
                        .getDocumentElement();
        List<String> repeated = new ArrayList<>();
        for (Element dependencies : children(project, "dependencies")) {
            repeated.addAll(repeated(dependencies));
        }
        for (Element management : children(project, "dependencyManagement")) {
            for (Element dependencies : children(management, "dependencies")) {
                repeated.addAll(repeated(dependencies));
            }
        }
        assertTrue(repeated.isEmpty(), "declared more than once in pom.xml: " + repeated);
    }

    private static List<String> repeated(Element dependencies) {
        Set<String> seen = new HashSet<>();
        List<String> repeated = new ArrayList<>();
        for (Element d : children(dependencies, "dependency")) {
            String key =
                    text(d, "groupId")
                            + ":"
                            + text(d, "artifactId")
                            + ":"
                            + text(d, "type")
                            + ":"
                            + text(d, "classifier");
            if (!seen.add(key)) {
                repeated.add(text(d, "groupId") + ":" + text(d, "artifactId"));
            }
        }
        return repeated;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && e.getTagName().equals(name)) {
                children.add(e);
            }
        }
        return children;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().trim();
    }
}
