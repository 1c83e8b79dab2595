package id.kerjasama.console.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real headless Chromium against the real command and query sides: the Lamandau RSUD – PT Citra
 * Borneo Indah cooperation driven from initiation to its first activity by the users who must act at each step, a
 * refusal shown next to its field with nothing stored, a stale form refused with the offer to reload, and the public
 * register showing the signed agreement and its document without signing in. Screenshots go to target/screenshots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static Browser browser;
    private static String id;
    private static String kb;
    private static Path signedKb;

    @BeforeAll
    static void start() throws IOException {
        boolean installed = Files.isExecutable(Browser.CHROMIUM) && Files.isExecutable(Browser.CHROMEDRIVER);
        if (System.getenv("CI") != null && !installed) {
            fail("Chromium is missing: .ci/run installs Debian's chromium and chromium-driver");
        }
        assumeTrue(installed, "Chromium is not installed here (apt-get install chromium chromium-driver); "
                + "the browser tests are skipped outside CI");
        browser = new Browser(RunningSystem.consoleUrl());
        signedKb = Files.createTempFile("kb-lamandau-cbi", ".pdf");
        Files.writeString(signedKb, "%PDF-1.4\n% Kesepakatan Bersama Lamandau - PT CBI (test)\nstartxref\n0\n%%EOF\n",
                StandardCharsets.US_ASCII);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void theLamandauCooperationIsDrivenFromInitiationToItsFirstActivityByWhoeverMustAct() throws Exception {
        browser.signInAs("lamandau-opd");
        browser.screenshot("home");
        browser.open("/cooperations/new?example=true");
        browser.screenshot("initiate");
        browser.submit();
        assertThat(browser.path()).startsWith("/cooperations/").contains("?seen=");
        id = browser.path().replaceAll("^/cooperations/([^?]+).*$", "$1");

        send("appointLiaisonOfficer", Map.of());
        send("attachPreparationDocument", Map.of("kind", "TERMS_OF_REFERENCE", "file.sha256", "b".repeat(64)));
        send("attachPreparationDocument", Map.of("kind", "FEASIBILITY_STUDY", "file.fileName", "studi-kelayakan.pdf",
                "file.sha256", "e".repeat(64)));
        send("submitForAssessment", Map.of());

        browser.signInAs("lamandau-tkksd");
        send("startAssessment", Map.of());
        send("recordAssessmentFinding", Map.of());
        send("concludeAssessment", Map.of());

        browser.signInAs("lamandau-bupati");
        send("sendOffer", Map.of());
        browser.signInAs("lamandau-sekretariat");
        send("recordPartnerAnswer", Map.of());
        send("draftAgreement", Map.of());
        kb = browser.find("code.document-id[data-kind=KB]").getText();

        browser.signInAs("lamandau-tkksd");
        send("approveDraft", Map.of("documentId", kb));

        browser.signInAs("lamandau-sekretariat");
        send("signAgreement", Map.of("documentId", kb, "signedFile.fileName", "kb-lamandau-cbi.pdf",
                "signedFile.sha256", sha256(Files.readAllBytes(signedKb))));
        send("determineDprdApprovalRequirement", Map.of());
        send("registerSignedDocument", Map.of("documentId", kb));
        browser.find("#upload-" + kb).sendKeys(signedKb.toString());
        browser.click(browser.driver().findElement(By.xpath("//input[@id='upload-" + kb + "']/ancestor::form//button")));
        assertThat(browser.path()).as(() -> browser.text("main")).contains("?seen=");

        browser.signInAs("lamandau-opd");
        send("draftAgreement", Map.of("kind", "PKS", "parentDocumentId", kb,
                "content.title", "Perjanjian Kerja Sama pelayanan kesehatan bagi karyawan PT CBI Group"));
        String pks = browser.find("code.document-id[data-kind=PKS]").getText();
        browser.signInAs("lamandau-tkksd");
        send("approveDraft", Map.of("documentId", pks));
        browser.signInAs("lamandau-sekretariat");
        send("signAgreement", Map.of("documentId", pks, "documentNumber", "PKS/001/RSUD/2025",
                "signedFile.fileName", "pks-lamandau-cbi.pdf", "signedFile.sha256", "f".repeat(64)));

        browser.signInAs("lamandau-opd");
        send("startImplementation", Map.of());
        send("recordActivity", Map.of());

        assertThat(browser.find("ol.stepper li[aria-current]").getText()).isEqualTo("pelaksanaan");
        // the actions offered are those the query side lists for the unit officer's role
        assertThat(browser.driver().findElements(By.id("command-recordActivity"))).hasSize(1);
        assertThat(browser.driver().findElements(By.id("command-approveDraft"))).isEmpty();
        assertThat(browser.text("#history")).contains("lamandau-opd", "lamandau-tkksd", "lamandau-bupati",
                "lamandau-sekretariat");
        browser.screenshot("cooperation");
    }

    @Test
    @Order(2)
    void aRefusalIsShownNextToTheFieldItNamesAndNothingIsStored() {
        browser.signInAs("lamandau-opd");
        browser.open("/cooperations/" + id);
        String version = browser.text("#version");
        browser.open("/cooperations/" + id + "/commands/draftAgreement?example=true");
        browser.set("kind", "PKS").set("parentDocumentId", kb).set("content.term.start", "2026-01-10")
                .set("content.term.end", "2025-01-10");
        browser.submit();

        assertThat(browser.text("#problem")).contains("content.term");
        List<WebElement> errors = browser.driver().findElements(By.cssSelector(".field-error[id^='f-content-term']"));
        assertThat(errors).isNotEmpty();
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", errors.get(0));
        browser.screenshot("refusal");
        browser.open("/cooperations/" + id);
        assertThat(browser.text("#version")).isEqualTo(version);
    }

    @Test
    @Order(2)
    void aListOfTheFormTakesOneMoreItemKeepingWhatWasTyped() {
        browser.signInAs("lamandau-sekretariat");
        browser.open("/cooperations/" + id + "/commands/signAgreement?example=true");
        browser.set("signatories[0].name", "Hendra Lesmana");
        assertThat(browser.driver().findElements(By.cssSelector("fieldset[id^='f-signatories-'][id$='-']"))).hasSize(2);
        browser.click(browser.find("#f-signatories-more"));
        assertThat(browser.driver().findElements(By.cssSelector("fieldset[id^='f-signatories-'][id$='-']"))).hasSize(3);
        assertThat(browser.find("[name='signatories[0].name']").getDomProperty("value")).isEqualTo("Hendra Lesmana");
        assertThat(browser.driver().findElements(By.cssSelector("#problem"))).isEmpty();
    }

    @Test
    @Order(3)
    void aDraftApprovedByItsOwnDrafterIsRefusedAndNothingIsStored() {
        browser.signInAs("lamandau-opd");
        send("draftAgreement", Map.of("kind", "PKS", "parentDocumentId", kb, "content.title", "PKS kedua"));
        String version = browser.text("#version");
        String draft = browser.driver().findElements(By.cssSelector("code.document-id[data-status=DRAFT]")).get(0).getText();

        browser.open("/cooperations/" + id + "/commands/approveDraft");
        browser.set("documentId", draft);
        browser.submit();

        assertThat(browser.find("#problem").isDisplayed()).isTrue();
        browser.open("/cooperations/" + id);
        assertThat(browser.text("#version")).isEqualTo(version);
    }

    @Test
    @Order(4)
    void aFormSomeoneElseOvertookIsRefusedAsStaleWithTheOfferToReload() {
        browser.signInAs("lamandau-opd");
        browser.open("/cooperations/" + id + "/commands/recordActivity?example=true");
        elsewhere(() -> send("recordActivity", Map.of("description", "Penyuluhan kesehatan kerja")));

        browser.submit();
        assertThat(browser.text("#stale")).contains("diubah orang lain");
        browser.screenshot("stale");
        browser.click(browser.find("#reload"));
        assertThat(browser.path()).isEqualTo("/cooperations/" + id);
    }

    @Test
    @Order(5)
    void anOpenCooperationPageFollowsChangesMadeElsewhere() {
        browser.signInAs("lamandau-opd");
        browser.open("/cooperations/" + id);
        String version = browser.text("#version");
        elsewhere(() -> send("recordActivity", Map.of("description", "Pemeriksaan kesehatan berkala")));

        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(20))
                .until(d -> !browser.text("#version").equals(version));
        assertThat(browser.text("#history")).contains("Pemeriksaan kesehatan berkala");
    }

    @Test
    @Order(6)
    void theCooperationAsItStoodOnADayAndWhatChangedBetweenTwoDays() {
        browser.signInAs("lamandau-opd");
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        browser.open("/cooperations/" + id + "?asOf=" + today);
        assertThat(browser.text("#as-of")).contains(today);
        assertThat(browser.find("ol.stepper li[aria-current]").getText()).isEqualTo("pelaksanaan");
        assertThat(browser.driver().findElements(By.id("commands"))).isEmpty();

        browser.open("/cooperations/" + id + "/changes?from=" + today + "&to=" + today);
        assertThat(browser.text("main")).contains("→ pelaksanaan");
        browser.screenshot("changes");
    }

    @Test
    @Order(7)
    void anInspectorDownloadsThePeriodicReportAsPdfAndTheAuditBundle() throws Exception {
        browser.signInAs("lamandau-inspektorat");
        browser.open("/inspection");
        browser.click(browser.find("#report-periodic"));
        browser.set("region", "62.09").set("from", "2025-01-01").set("to", "2025-12-31");
        browser.click(browser.find("#show"));
        assertThat(browser.text("#result")).contains("62.09");
        browser.screenshot("inspection");

        java.net.http.HttpResponse<byte[]> pdf = browser.fetch(browser.find("#download-pdf").getDomAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        browser.open("/cooperations/" + id);
        java.net.http.HttpResponse<byte[]> bundle = browser.fetch(browser.find("#bundle").getDomAttribute("href"));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(new String(bundle.body(), StandardCharsets.UTF_8)).contains(id);
        browser.click(browser.find("#verify"));
        assertThat(browser.text("#intact")).contains("utuh").doesNotContain("TIDAK");
    }

    @Test
    @Order(8)
    void theOperatorSeesTheRebuildAndTheDeadLetters() {
        browser.signInAs("operator");
        browser.open("/operator");
        assertThat(browser.text("#progress")).contains("replaying");
        browser.screenshot("operator");
        // an operator reads no cooperation: the page says so as the query side answered, still signed in
        browser.open("/cooperations/" + id);
        assertThat(browser.text("#problem")).contains("403", "FORBIDDEN");
        assertThat(browser.text("#signout")).contains("operator");
    }

    @Test
    @Order(9)
    void thePublicRegisterShowsTheSignedAgreementAndItsDocumentWithoutSigningIn() throws Exception {
        browser.driver().manage().deleteAllCookies();
        browser.open("/public");
        assertThat(browser.text("#statistics")).contains("Kabupaten Lamandau", "kerja sama daerah dengan pihak ketiga",
                "kesehatan", "pelaksanaan");
        browser.screenshot("public");
        browser.click(browser.driver().findElement(By.linkText(
                "Kerja sama pelayanan kesehatan RSUD Gusti Abdul Gani dengan PT Citra Borneo Indah Group")));
        assertThat(browser.text("#documents")).contains("kb-lamandau-cbi.pdf");
        String href = browser.find("#documents a.download").getDomAttribute("href");
        java.net.http.HttpResponse<byte[]> download = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(RunningSystem.consoleUrl() + href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(Files.readAllBytes(signedKb));

        // the same page on a phone's width: one column, nothing cut off
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.open("/public");
        browser.screenshot("public-phone");
        assertThat(((Number) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.documentElement.scrollWidth - window.innerWidth")).intValue()).isLessThanOrEqualTo(0);
    }

    /** Does something in another tab, as someone else would while this page stays open, and comes back to it. */
    private static void elsewhere(Runnable change) {
        String page = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        change.run();
        browser.driver().close();
        browser.driver().switchTo().window(page);
    }

    /** Opens the command's form on the cooperation (filled with the API's example if it has one), changes, sends. */
    private static void send(String operationId, Map<String, String> changes) {
        browser.open("/cooperations/" + id + "/commands/" + operationId + "?example=true");
        new LinkedHashMap<>(changes).forEach(browser::set);
        browser.submit();
        if (!browser.path().startsWith("/cooperations/" + id + "?seen=")) {
            fail(operationId + " was refused (" + browser.path() + "): " + browser.text("main"));
        }
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    @Order(10)
    void theSecretariatSeesItsRegionsRemindersAndContactsAndAUnitOfficerIsRefusedThem() throws Exception {
        // the directory is kept through the command API (the console shows it); the demo issuer signs the token
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        String command = RunningSystem.commandUrl();
        String token = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(command + "/dev/tokens/lamandau-sekretariat")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body().strip();
        String contact = """
                {"region":"62.09","contactId":"%s","name":"Rina Puspitasari","role":"SECRETARIAT",
                 "unit":"Bagian Kerja Sama Setda Lamandau","email":"rina@lamandaukab.go.id","language":"ID",
                 "receives":["FLAGS"],"dailyDigest":true}""".formatted(java.util.UUID.randomUUID());
        java.net.http.HttpResponse<String> recorded = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(command + "/api/contacts")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString(contact)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isBetween(200, 299);

        browser.signInAs("lamandau-sekretariat");
        browser.open("/reminders");
        // the notifier keeps the directory from the events, a moment after the command
        for (int tries = 0; tries < 50 && !browser.text("#contacts").contains("Rina Puspitasari"); tries++) {
            Thread.sleep(200);
            browser.open("/reminders");
        }
        assertThat(browser.text("#contacts")).contains("Rina Puspitasari", "rina@lamandaukab.go.id",
                "sekretariat kerja sama", "ringkasan harian");
        assertThat(browser.text("#messages")).doesNotContain("403");
        // the status filter offers what the query API's description says the parameter takes
        assertThat(browser.text("#status")).contains("GAVE_UP", "OUTBOX");
        browser.screenshot("reminders");

        browser.signInAs("lamandau-opd");
        browser.open("/reminders");
        assertThat(browser.text("#contacts")).contains("403");
        assertThat(browser.text("#messages")).contains("403");
    }
}
