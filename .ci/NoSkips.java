import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Fails a CI build (environment CI=true) in which a test was skipped: reads a module's surefire and failsafe XML
 * reports and lists every skipped test case (an assumption that failed, a disabled test, a missing tool) that the
 * allow-list does not name. Allow-list lines: {@code fully.qualified.Class[#method]  reason}; a line without a
 * reason is itself an error, so every deliberate skip says why.
 *
 * <p>Usage: {@code java .ci/NoSkips.java MODULE_TARGET_DIR ALLOW_LIST}. Exit 0 when nothing unexpected skipped,
 * 1 when something did, 2 on a bad allow-list.
 */
public class NoSkips {

    public static void main(String[] args) throws Exception {
        if (!"true".equalsIgnoreCase(System.getenv("CI"))) {
            return;
        }
        Path target = Path.of(args[0]);
        Map<String, String> allowed = allowList(Path.of(args[1]));
        if (allowed == null) {
            System.exit(2);
        }
        List<String> unexpected = new ArrayList<>();
        int skipped = 0;
        for (String dir : List.of("surefire-reports", "failsafe-reports")) {
            for (Path report : reports(target.resolve(dir))) {
                NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(report.toFile())
                        .getElementsByTagName("testcase");
                for (int i = 0; i < cases.getLength(); i++) {
                    Element testcase = (Element) cases.item(i);
                    NodeList skip = testcase.getElementsByTagName("skipped");
                    if (skip.getLength() == 0) {
                        continue;
                    }
                    skipped++;
                    String type = testcase.getAttribute("classname");
                    String name = testcase.getAttribute("name");
                    String method = name.contains("(") ? name.substring(0, name.indexOf('(')) : name;
                    if (allowed.containsKey(type) || allowed.containsKey(type + "#" + method)) {
                        continue;
                    }
                    String why = ((Element) skip.item(0)).getAttribute("message");
                    unexpected.add(type + "#" + name + (why.isBlank() ? "" : ": " + why.strip()));
                }
            }
        }
        if (!unexpected.isEmpty()) {
            System.err.println("[NoSkips] CI=true and " + unexpected.size() + " test(s) skipped in " + target.getParent()
                    + " that .ci/allowed-skips.txt does not allow (install what they need, or fix them):");
            unexpected.forEach(u -> System.err.println("[NoSkips]   " + u));
            System.exit(1);
        }
        System.out.println("[NoSkips] " + target.getParent().getFileName() + ": no unexpected skips ("
                + skipped + " allowed)");
    }

    private static List<Path> reports(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("TEST-.*\\.xml")).sorted().toList();
        }
    }

    /** The allowed skips and their reasons; null (after saying which line) when a line has no reason. */
    private static Map<String, String> allowList(Path file) throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        if (!Files.isRegularFile(file)) {
            return allowed;
        }
        int n = 0;
        for (String line : Files.readAllLines(file)) {
            n++;
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s+", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                System.err.println("[NoSkips] " + file + " line " + n + ": '" + parts[0] + "' gives no reason");
                return null;
            }
            allowed.put(parts[0], parts[1].strip());
        }
        return allowed;
    }
}
