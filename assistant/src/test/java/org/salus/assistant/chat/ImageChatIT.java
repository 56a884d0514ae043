package org.salus.assistant.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.salus.assistant.SalusApplication;
import org.salus.assistant.image.TestImages;
import org.salus.assistant.privacy.SessionTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Images through {@code POST /api/chat} and its stream against the starter corpus: what was read is said first, the
 * answer cites the right topic, lab values are explained and never diagnosed, an unreadable photo gets a clear
 * answer, bad input gets a 4xx problem, and only a content-free record of each image is kept.
 */
@SpringBootTest(classes = SalusApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"salus.retrieval.embedding=none", "salus.image.max-bytes=1MB", "salus.image.max-pixels=20000000",
                "salus.privacy.admin-token=image-it-token"})
class ImageChatIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SessionTokens tokens;

    @DynamicPropertySource
    static void starterCorpus(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory(Files.createDirectories(Path.of("target", "it-data")), "image-chat-");
        registry.add("salus.data-dir", dir::toString);
    }

    @Test
    void aMedicationLabelIsReadAndAnsweredFromTheIbuprofenTopic() throws Exception {
        TestImages.assumeTesseract();

        JsonNode reply = chat(body("", TestImages.pngDataUrl(TestImages.medicationLabel())), 200);

        String answer = reply.get("answer").asText();
        assertThat(answer).startsWith("From the image I read: ibuprofen 200 mg.");
        assertThat(answer).containsPattern("\\[1]");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("ibuprofen-safety");
        assertThat(reply.at("/safety/action").asText()).isEqualTo("answer");
    }

    @Test
    void aQuestionAboutTheLabelIsAnsweredForTheMedicineRead() throws Exception {
        TestImages.assumeTesseract();

        JsonNode reply = chat(body("Can I take this with food?", TestImages.pngDataUrl(TestImages.medicationLabel())), 200);

        assertThat(reply.get("answer").asText()).startsWith("From the image I read: ibuprofen 200 mg.").contains("food");
        assertThat(reply.get("citations").findValuesAsText("docId")).first().isEqualTo("ibuprofen-safety");
    }

    @Test
    void aLabPrintoutIsExplainedFromTheCorpusAndNeverDiagnosed() throws Exception {
        TestImages.assumeTesseract();

        JsonNode reply = chat(body("", TestImages.dataUrl("image/jpeg", TestImages.jpeg(TestImages.labPrintout()))), 200);

        String answer = reply.get("answer").asText();
        assertThat(answer).startsWith("From the image I read these lab results: HbA1c 7.2 %, LDL cholesterol 162 mg/dL.");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("type-2-diabetes", "high-cholesterol");
        assertThat(answer).contains("not what your own results mean");
        assertThat(answer.toLowerCase()).doesNotContain("you have").doesNotContain("your hba1c is");
    }

    @Test
    void aSpanishPrintoutIsAnsweredInSpanishFromTheSpanishLibrary() throws Exception {
        TestImages.assumeTesseract();
        BufferedImage printout = TestImages.text(List.of("INFORME DE LABORATORIO", "Hemoglobina glicosilada 7,2 %"), 30, 0);

        JsonNode reply = chat(JSON.createObjectNode().put("image", TestImages.pngDataUrl(printout)).put("language", "es")
                .toString(), 200);

        assertThat(reply.get("answer").asText())
                .startsWith("En la imagen leí estos resultados de laboratorio: HbA1c 7,2 %.")
                .contains("no qué significan sus propios resultados");
        assertThat(reply.get("citations").findValuesAsText("docId")).contains("type-2-diabetes-es");
    }

    @Test
    void aTestTheLibraryDoesNotCoverGetsNoVettedInformation() throws Exception {
        TestImages.assumeTesseract();
        BufferedImage printout = TestImages.text(List.of("THYROID PANEL", "TSH 2.1 mIU/L 0.4 - 4.0"), 30, 0);

        JsonNode reply = chat(body("", TestImages.pngDataUrl(printout)), 200);

        assertThat(reply.get("answer").asText()).startsWith("From the image I read these lab results: TSH 2.1 mIU/L.")
                .contains("I don't have vetted information");
    }

    @Test
    void aPhotoWithoutTextGetsAClearAnswer() throws Exception {
        TestImages.assumeTesseract();

        JsonNode reply = chat(body("", TestImages.pngDataUrl(TestImages.noText())), 200);

        assertThat(reply.get("answer").asText()).startsWith("I couldn't read text in this image.");
        assertThat(reply.get("citations")).isEmpty();
    }

    @Test
    void anEmergencyInTheMessageIsAnsweredFirstWithoutReadingTheImage() throws Exception {
        JsonNode reply = chat(body("I have crushing chest pain spreading to my left arm and I can't breathe",
                TestImages.pngDataUrl(TestImages.medicationLabel())), 200);

        assertThat(reply.at("/safety/action").asText()).isEqualTo("escalate");
        assertThat(reply.get("answer").asText()).doesNotContain("From the image");
        assertThat(reply.get("notes").toString()).contains("the image was not read");
    }

    @Test
    void streamsTheImageAnswerWithWhatWasReadFirst() throws Exception {
        TestImages.assumeTesseract();

        HttpResponse<String> response = post("/api/chat/stream", body("", TestImages.pngDataUrl(TestImages.medicationLabel())));

        assertThat(response.statusCode()).isEqualTo(200);
        String events = response.body();
        int firstDelta = events.indexOf("event:delta");
        assertThat(events.substring(firstDelta)).contains("From the image I read: ibuprofen 200 mg.");
        assertThat(events).contains("event:done").contains("ibuprofen-safety");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not a data URL             | hello                                         | 400 | data URL
            a text file                | data:text/plain;base64,aGVsbG8gd29ybGQ=       | 415 | not an image
            a GIF                      | data:image/gif;base64,R0lGODlhAQABAAAAACw=    | 415 | JPEG and PNG
            broken base64              | data:image/png;base64,@@@@                    | 400 | base64
            """)
    void rejectsBadImagesWithAProblem(String name, String image, int status, String says) throws Exception {
        for (String path : List.of("/api/chat", "/api/chat/stream")) {
            HttpResponse<String> response = post(path, body("What is this?", image));

            assertThat(response.statusCode()).as(path).isEqualTo(status);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(response.body()).get("detail").asText()).contains(says);
        }
    }

    @Test
    void rejectsAFileOverTheLimit() throws Exception {
        byte[] big = TestImages.png(TestImages.noise(700, 600));

        HttpResponse<String> response = post("/api/chat", body("", TestImages.dataUrl("image/png", big)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("1 MB");
    }

    @Test
    void aHugeBodyIsAClientErrorNeverAServerError() throws Exception {
        String huge = "data:image/png;base64," + "A".repeat(24 * 1024 * 1024);

        HttpResponse<String> response = post("/api/chat", body("", huge));

        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void rejectsTooManyPixels() throws Exception {
        BufferedImage huge = new BufferedImage(5000, 5000, BufferedImage.TYPE_BYTE_GRAY);

        HttpResponse<String> response = post("/api/chat", body("", TestImages.pngDataUrl(huge)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("million pixels");
    }

    @Test
    void rejectsADamagedPicture() throws Exception {
        byte[] png = TestImages.png(TestImages.noText());
        byte[] damaged = java.util.Arrays.copyOf(png, 80);
        java.util.Arrays.fill(damaged, 16, 80, (byte) 0x33);

        HttpResponse<String> response = post("/api/chat", body("", TestImages.dataUrl("image/png", damaged)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("could not be decoded");
    }

    @Test
    void reportsImageInputInItsCapabilities() throws Exception {
        TestImages.assumeTesseract();

        JsonNode capabilities = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/capabilities")).build(),
                HttpResponse.BodyHandlers.ofString()).body());

        assertThat(capabilities.get("imageInput").asBoolean()).isTrue();
        assertThat(capabilities.get("maxImageBytes").asLong()).isEqualTo(1024 * 1024);
    }

    @Test
    void keepsOnlyAContentFreeRecordOfEachImage() throws Exception {
        TestImages.assumeTesseract();
        String session = "image-" + UUID.randomUUID();

        chat(body("", TestImages.pngDataUrl(TestImages.medicationLabel()), session), 200);
        post("/api/chat", body("", "data:text/plain;base64,aGVsbG8=", session));

        List<String> rows = awaitRows(2);
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("ocr|read|"));
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("none|not_an_image|"));
        String images = jdbc.queryForList("SELECT * FROM audit_image").toString();
        assertThat(images).doesNotContainIgnoringCase("ibuprofen").doesNotContain(session).doesNotContain("base64");
        JsonNode export = JSON.readTree(http.send(HttpRequest.newBuilder(uri("/api/admin/audit"))
                .header("Authorization", "Bearer image-it-token").build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(export.get("images").findValuesAsText("outcome")).contains("read", "not_an_image");

        assertThat(http.send(HttpRequest.newBuilder(uri("/api/sessions/" + session)).header(SessionTokens.HEADER, tokens.issue(session)).DELETE().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(204);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_image WHERE session_hash IS NOT NULL", Integer.class))
                .isZero();
    }

    private List<String> awaitRows(int count) throws InterruptedException {
        List<String> rows = List.of();
        for (int i = 0; i < 100 && rows.size() < count; i++) {
            Thread.sleep(50);
            rows = jdbc.queryForList("SELECT reader || '|' || outcome || '|' || latency_ms FROM audit_image "
                    + "WHERE session_hash IS NOT NULL", String.class);
        }
        return rows;
    }

    private static String body(String message, String image) {
        return body(message, image, null);
    }

    private static String body(String message, String image, String session) {
        ObjectNode body = JSON.createObjectNode().put("message", message).put("image", image);
        if (session != null) {
            body.put("sessionId", session);
        }
        return body.toString();
    }

    private JsonNode chat(String body, int status) throws Exception {
        HttpResponse<String> response = post("/api/chat", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
