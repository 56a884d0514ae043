package org.salus.assistant.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's skip check ({@code .ci/NoSkips.java}, run after every module's tests when CI=true): a skipped test fails
 * the build unless the allow-list names it with a reason.
 */
class NoSkipsTest {

    private static final Path CHECK = Path.of("../.ci/NoSkips.java").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private Path target() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("module/target/failsafe-reports"));
        Files.writeString(reports.resolve("TEST-org.example.BrowserIT.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuite name="org.example.BrowserIT" tests="2" skipped="1" failures="0" errors="0">
                  <testcase name="opensThePage" classname="org.example.BrowserIT" time="0.1"/>
                  <testcase name="passesAxe(String)[1]" classname="org.example.BrowserIT" time="0.0">
                    <skipped message="Assumption failed: axe-core not installed"/>
                  </testcase>
                </testsuite>""");
        Files.createDirectories(dir.resolve("module/target/surefire-reports"));
        return dir.resolve("module/target");
    }

    private Run check(String allowList, String ci) throws Exception {
        Path allowed = Files.writeString(dir.resolve("allowed.txt"), allowList);
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                CHECK.toString(), target().toString(), allowed.toString()).redirectErrorStream(true);
        Map<String, String> env = process.environment();
        env.remove("CI");
        if (ci != null) {
            env.put("CI", ci);
        }
        Process p = process.start();
        String output = new String(p.getInputStream().readAllBytes());
        return new Run(p.waitFor(), output);
    }

    private record Run(int exit, String output) {}

    @Test
    void aSkippedTestFailsTheBuildUnderCi() throws Exception {
        Run run = check("", "true");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.output()).contains("org.example.BrowserIT#passesAxe(String)[1]", "axe-core not installed")
                .doesNotContain("opensThePage");
    }

    @Test
    void anAllowedSkipWithItsReasonPasses() throws Exception {
        assertThat(check("# deliberate\norg.example.BrowserIT#passesAxe  axe checks run in the nightly job\n", "true")
                .exit()).isZero();
        assertThat(check("org.example.BrowserIT  the whole class is manual\n", "true").exit()).isZero();
    }

    @Test
    void anAllowListEntryWithoutAReasonIsAnError() throws Exception {
        Run run = check("org.example.BrowserIT#passesAxe\n", "true");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.output()).contains("gives no reason");
    }

    @Test
    void anotherSkipIsNotCoveredByAnUnrelatedEntry() throws Exception {
        assertThat(check("org.example.BrowserIT#opensThePage  not this one\n", "true").exit()).isEqualTo(1);
    }

    @Test
    void outsideCiSkipsAreOnlyReported() throws Exception {
        assertThat(check("", null).exit()).isZero();
        assertThat(List.of(check("", "false").exit())).containsExactly(0);
    }
}
