package org.opendetainers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One example of the docs: a {@code curl} command, optionally piped into {@code jq} and {@code
 * head}, as written in its marker {@code <!-- [[[example curl -s 'localhost:8080/v1/...' | jq -c
 * '.data[]']]] -->}.
 *
 * <p>Only what the docs use is understood: curl's {@code -s}, {@code -D -} (show the status line
 * and headers), {@code -o FILE} (do not show the body) and {@code -H 'Name: value'}; jq's {@code
 * -c} and {@code -r}; {@code head -n N}. Anything else is an error, so that a command in the docs
 * is always one that was replayed.
 */
record DocExample(
        String command,
        String path,
        Map<String, String> requestHeaders,
        boolean showHeaders,
        boolean showBody,
        String jq,
        boolean jqCompact,
        boolean jqRaw,
        int head) {

    static DocExample parse(String command) {
        List<List<String>> stages = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String token : tokens(command)) {
            if (token.equals("|")) {
                stages.add(current);
                current = new ArrayList<>();
            } else {
                current.add(token);
            }
        }
        stages.add(current);
        List<String> curl = stages.get(0);
        if (curl.isEmpty() || !curl.get(0).equals("curl")) {
            throw new IllegalArgumentException("an example starts with curl: " + command);
        }
        String url = null;
        Map<String, String> headers = new LinkedHashMap<>();
        boolean showHeaders = false;
        boolean showBody = true;
        for (int i = 1; i < curl.size(); i++) {
            String t = curl.get(i);
            switch (t) {
                case "-s" -> {}
                case "-D", "-sD" -> {
                    if (!"-".equals(curl.get(++i))) {
                        throw new IllegalArgumentException("only -D - is understood: " + command);
                    }
                    showHeaders = true;
                }
                case "-o" -> {
                    i++;
                    showBody = false;
                }
                case "-H" -> {
                    String[] h = curl.get(++i).split(":\\s*", 2);
                    headers.put(h[0], h[1]);
                }
                default -> {
                    if (t.startsWith("-") || url != null) {
                        throw new IllegalArgumentException(
                                "curl option not understood: " + t + " in " + command);
                    }
                    url = t;
                }
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("no URL in " + command);
        }
        String path = url.replaceFirst("^https?://", "").replaceFirst("^localhost:8080", "");
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("examples ask localhost:8080: " + command);
        }
        String jq = null;
        boolean compact = false;
        boolean raw = false;
        int head = -1;
        for (List<String> stage : stages.subList(1, stages.size())) {
            switch (stage.get(0)) {
                case "jq" -> {
                    for (String t : stage.subList(1, stage.size())) {
                        switch (t) {
                            case "-c" -> compact = true;
                            case "-r" -> raw = true;
                            case "-rc", "-cr" -> {
                                compact = true;
                                raw = true;
                            }
                            default -> {
                                if (t.startsWith("-") && t.length() > 1) {
                                    throw new IllegalArgumentException(
                                            "jq option not understood: " + t);
                                }
                                jq = t;
                            }
                        }
                    }
                    if (jq == null) {
                        jq = ".";
                    }
                }
                case "head" -> {
                    String n = stage.get(1).equals("-n") ? stage.get(2) : stage.get(1).substring(1);
                    head = Integer.parseInt(n);
                }
                default ->
                        throw new IllegalArgumentException(
                                "not understood: " + stage + " in " + command);
            }
        }
        return new DocExample(
                command, path, headers, showHeaders, showBody, jq, compact, raw, head);
    }

    /**
     * Splits like a POSIX shell for words, single quotes and {@code |}; no variables, no escapes.
     */
    static List<String> tokens(String command) {
        List<String> out = new ArrayList<>();
        StringBuilder word = null;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\'') {
                int end = command.indexOf('\'', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unclosed quote: " + command);
                }
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(command, i + 1, end);
                i = end;
            } else if (Character.isWhitespace(c) || c == '|') {
                if (word != null) {
                    out.add(word.toString());
                    word = null;
                }
                if (c == '|') {
                    out.add("|");
                }
            } else {
                if (word == null) {
                    word = new StringBuilder();
                }
                word.append(c);
            }
        }
        if (word != null) {
            out.add(word.toString());
        }
        return out;
    }
}
