package org.salus.assistant.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderTest {

    private final ImageDecoder decoder = new ImageDecoder(1024 * 1024, 4_000_000, 1_000_000);

    @Test
    void decodesPngAndJpegInMemory() {
        BufferedImage picture = TestImages.text(java.util.List.of("IBUPROFEN 200 mg"), 20, 0);

        DecodedImage png = decoder.decode(TestImages.dataUrl("image/png", TestImages.png(picture)));
        DecodedImage jpeg = decoder.decode(TestImages.dataUrl("image/jpeg", TestImages.jpeg(picture)));

        assertThat(png.mimeType()).isEqualTo("image/png");
        assertThat(jpeg.mimeType()).isEqualTo("image/jpeg");
        assertThat(png.width()).isEqualTo(picture.getWidth());
        assertThat(jpeg.height()).isEqualTo(picture.getHeight());
    }

    @Test
    void trustsTheFileOverTheDeclaredTypeWhenBothAreSupported() {
        byte[] jpeg = TestImages.jpeg(TestImages.noText());

        assertThat(decoder.decode(TestImages.dataUrl("image/png", jpeg)).mimeType()).isEqualTo("image/jpeg");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain text                 | hello there                                   | 400 | not_data_url
            http URL                   | https://example.org/label.png                 | 400 | not_data_url
            text data URL              | data:text/plain;base64,aGVsbG8=               | 415 | not_an_image
            GIF by its type            | data:image/gif;base64,R0lGODlhAQABAAAAACw=    | 415 | unsupported_type
            not base64                 | data:image/png,%89PNG                         | 400 | not_base64
            broken base64              | data:image/png;base64,iVBOR###w0KGgo=         | 400 | corrupt
            declared PNG, holds text   | data:image/png;base64,SGVsbG8sIHdvcmxkIQ==    | 415 | not_an_image
            """)
    void rejectsWhatIsNotAJpegOrPngWithAPlainReason(String name, String dataUrl, int status, String outcome) {
        assertThatThrownBy(() -> decoder.decode(dataUrl)).isInstanceOfSatisfying(BadImage.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.outcome()).isEqualTo(outcome);
            assertThat(e.getMessage()).doesNotContain(dataUrl);
        });
    }

    @Test
    void namesTheUnsupportedFormatItFindsInTheBytes() {
        byte[] gif = "GIF89a\u0001\u0000\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> decoder.decode(TestImages.dataUrl("image/png", gif)))
                .isInstanceOfSatisfying(BadImage.class, e -> {
                    assertThat(e.status()).isEqualTo(415);
                    assertThat(e.getMessage()).contains("JPEG and PNG").contains("GIF");
                });
    }

    @Test
    void rejectsAFileOverTheSizeLimitBeforeDecodingIt() {
        byte[] noise = TestImages.png(TestImages.noise(700, 600));
        assertThat(noise.length).isGreaterThan(1024 * 1024);

        assertThatThrownBy(() -> decoder.decode(TestImages.dataUrl("image/png", noise)))
                .isInstanceOfSatisfying(BadImage.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.getMessage()).contains("1 MB");
                });
    }

    @Test
    void rejectsTooManyPixelsEvenInASmallFile() {
        BufferedImage huge = new BufferedImage(2500, 2000, BufferedImage.TYPE_BYTE_GRAY);

        assertThatThrownBy(() -> decoder.decode(TestImages.pngDataUrl(huge)))
                .isInstanceOfSatisfying(BadImage.class, e -> {
                    assertThat(e.status()).isEqualTo(413);
                    assertThat(e.outcome()).isEqualTo("too_many_pixels");
                    assertThat(e.getMessage()).contains("5.0 million").contains("4.0 million");
                });
    }

    @Test
    void rejectsADamagedFile() {
        byte[] png = TestImages.png(TestImages.noText());
        byte[] damaged = Arrays.copyOf(png, 60);
        Arrays.fill(damaged, 16, 60, (byte) 0x5A);

        assertThatThrownBy(() -> decoder.decode(TestImages.dataUrl("image/png", damaged)))
                .isInstanceOfSatisfying(BadImage.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.outcome()).isEqualTo("corrupt");
                });
    }

    @Test
    void keepsLargePhotosWithinTheOcrPixelBudget() {
        BufferedImage photo = new BufferedImage(1800, 1500, BufferedImage.TYPE_INT_RGB);

        DecodedImage decoded = decoder.decode(TestImages.dataUrl("image/jpeg", TestImages.jpeg(photo)));

        assertThat((long) decoded.width() * decoded.height()).isLessThanOrEqualTo(1_000_000);
    }

    @Test
    void turnsAPhotoUprightAsItsExifOrientationSays() {
        BufferedImage wide = new BufferedImage(40, 10, BufferedImage.TYPE_INT_RGB);
        var g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 16, 5);
        g.dispose();
        byte[] rotated = withExifOrientation(TestImages.jpeg(wide), 6);

        DecodedImage decoded = decoder.decode(TestImages.dataUrl("image/jpeg", rotated));

        assertThat(ExifOrientation.of(rotated)).isEqualTo(6);
        assertThat(decoded.width()).isEqualTo(10);
        assertThat(decoded.height()).isEqualTo(40);
        assertThat(new Color(decoded.pixels().getRGB(8, 2)).getRed()).as("red corner now top right").isGreaterThan(150);
        assertThat(new Color(decoded.pixels().getRGB(1, 30)).getRed()).isLessThan(100);
    }

    /** The JPEG with an EXIF block (big-endian TIFF, one IFD entry: orientation) inserted after its start marker. */
    private static byte[] withExifOrientation(byte[] jpeg, int orientation) {
        byte[] tiff = {'M', 'M', 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0,
            0, 0, 0, 0};
        byte[] exif = new byte[6 + tiff.length];
        System.arraycopy("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exif, 0, 6);
        System.arraycopy(tiff, 0, exif, 6, tiff.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
