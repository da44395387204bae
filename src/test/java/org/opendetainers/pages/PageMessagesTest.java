package org.opendetainers.pages;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.opendetainers.testing.MainClasses;

/**
 * Every text of the pages is in Spanish: each message of each bundle (an interface annotated
 * {@code @MessageBundle} in this package, English in its annotations) has its line in {@code
 * messages/<name>_es.properties}, with the same parameters, and that file has no line for a message
 * that no longer exists. Quarkus itself would fall back to English without a word.
 */
@Tag("unit")
class PageMessagesTest {

    /** {n} and {n.grouped} name the parameter n; sections ({#if n == 1}) name it too. */
    static final Pattern PARAMETER = Pattern.compile("\\{#?(?:if |each |for )?([a-zA-Z]\\w*)");

    static List<Class<?>> bundles() {
        List<Class<?>> found = new ArrayList<>();
        for (JavaClass c : MainClasses.get().that(resideInAPackage("org.opendetainers.pages.."))) {
            if (c.isAnnotatedWith(MessageBundle.class)) {
                found.add(c.reflect());
            }
        }
        return found;
    }

    /** The Spanish lines of a bundle, from the class path as Quarkus reads them (UTF-8). */
    static Properties spanish(Class<?> bundle) throws IOException {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        String file = "messages/" + name + "_es.properties";
        Properties p = new Properties();
        try (InputStream in = PageMessagesTest.class.getClassLoader().getResourceAsStream(file)) {
            assertNotNull(in, file + " is missing: the Spanish texts of " + bundle.getSimpleName());
            try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    static Set<String> parameters(String template) {
        Set<String> names = new TreeSet<>();
        Matcher m = PARAMETER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void theBundlesAreFound() {
        Set<String> names = new TreeSet<>();
        bundles().forEach(b -> names.add(b.getSimpleName()));
        assertTrue(
                names.containsAll(
                        List.of("PageMessages", "HomeMessages", "StatsMessages", "AboutMessages")),
                names.toString());
    }

    @Test
    void everyEnglishMessageHasItsSpanishLineWithTheSameParameters() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Class<?> bundle : bundles()) {
            Properties es = spanish(bundle);
            Set<String> keys = new TreeSet<>();
            for (Method m : bundle.getDeclaredMethods()) {
                Message english = m.getAnnotation(Message.class);
                if (english == null) {
                    continue;
                }
                String key = m.getName();
                keys.add(key);
                String spanish = es.getProperty(key);
                if (spanish == null || spanish.isBlank()) {
                    problems.add(bundle.getSimpleName() + "." + key + ": no Spanish text");
                } else if (!parameters(english.value()).equals(parameters(spanish))) {
                    problems.add(
                            bundle.getSimpleName()
                                    + "."
                                    + key
                                    + ": parameters "
                                    + parameters(english.value())
                                    + " in English, "
                                    + parameters(spanish)
                                    + " in Spanish");
                }
            }
            for (String key : es.stringPropertyNames()) {
                if (!keys.contains(key)) {
                    problems.add(
                            bundle.getSimpleName() + "." + key + ": Spanish text of no message");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aBundleStaysUnderTheSizeQuarkusGeneratesCorrectly() {
        // Quarkus 3.33 splits a bundle's generated resolver every 300 messages, and the split
        // resolver fails verification at start (VerifyError); a page with many texts gets a bundle
        // of its own instead
        for (Class<?> bundle : bundles()) {
            long messages =
                    Arrays.stream(bundle.getDeclaredMethods())
                            .filter(m -> m.isAnnotationPresent(Message.class))
                            .count();
            assertFalse(messages >= 300, bundle.getSimpleName() + " has " + messages + " messages");
        }
    }
}
