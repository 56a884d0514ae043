package org.salus.assistant.smart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.salus.assistant.security.ClinicIntegrationTest;
import org.salus.assistant.security.TestAuthority;

/** A real browser (headless Chromium) completes the SMART EHR launch and lands on the web chat in patient context. */
class SmartBrowserLaunchIT extends ClinicIntegrationTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private WebDriver browser;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are not installed (Debian packages chromium, chromium-driver)");
        profile = Files.createTempDirectory("salus-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run",
                        "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void browserCompletesLaunchAndLandsInChat() {
        TestAuthority ehr = TestAuthority.get();
        browser.get(url("/launch?iss=" + ehr.fhirBase() + "&launch=" + TestAuthority.LAUNCH));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> b.getCurrentUrl().contains("#launch=smart"));
        assertThat(browser.getCurrentUrl()).isEqualTo(url("/?lang=es#launch=smart&age=" + TestAuthority.PATIENT_AGE
                + "&topic=tiny-stroke"));
        WebElement language = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("language")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(b -> "es".equals(language.getDomProperty("value")));
        assertThat(browser.findElement(By.id("message")).isDisplayed()).isTrue();
        assertThat(browser.manage().getCookies()).isEmpty();
    }
}
