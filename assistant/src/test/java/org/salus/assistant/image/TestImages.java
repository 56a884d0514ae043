package org.salus.assistant.image;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Pictures the image tests draw for themselves with Java2D: lines of text at a chosen size and slight angle, a
 * medication label, a lab printout and a photo with no text; plus their PNG/JPEG bytes and data URLs.
 */
public final class TestImages {

    private static final TesseractOcr PROBE = new TesseractOcr(null, java.time.Duration.ofSeconds(10), 1);

    private TestImages() {
    }

    /** Skips the calling test, saying what to install, when Tesseract or its English data is missing. */
    public static void assumeTesseract() {
        assumeTrue(PROBE.available(), "OCR tests skipped: " + PROBE.unavailableReason()
                + " (apt-get install tesseract-ocr tesseract-ocr-eng tesseract-ocr-spa)");
    }

    /** Black text lines on white, {@code size} points, turned by {@code degrees}, each line as written. */
    public static BufferedImage text(List<String> lines, int size, double degrees) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, size);
        int width = lines.stream().mapToInt(String::length).max().orElse(10) * size * 2 / 3 + 4 * size;
        int height = (int) (lines.size() * size * 1.6) + 4 * size;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.rotate(Math.toRadians(degrees), width / 2.0, height / 2.0);
        g.setColor(Color.BLACK);
        g.setFont(font);
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), 2 * size, 2 * size + (int) (i * size * 1.6) + size);
        }
        g.dispose();
        return image;
    }

    /** A box of an over-the-counter pain reliever, with its warnings, on a tinted background. */
    public static BufferedImage medicationLabel() {
        BufferedImage image = new BufferedImage(900, 620, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(250, 246, 235), 900, 620, new Color(235, 240, 250)));
        g.fillRect(0, 0, 900, 620);
        g.setColor(new Color(170, 30, 40));
        g.fillRect(0, 0, 900, 30);
        g.setColor(new Color(20, 20, 20));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
        g.drawString("IBUPROFEN 200 mg tablets", 40, 110);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 26));
        g.drawString("Pain reliever / Fever reducer (NSAID)", 40, 160);
        g.drawString("24 coated tablets", 40, 200);
        g.setStroke(new BasicStroke(2));
        g.drawLine(40, 230, 860, 230);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 22));
        String[] small = {
            "Directions: adults take 1 tablet every 4 to 6 hours while symptoms persist.",
            "Do not take more than 6 tablets in 24 hours unless directed by a doctor.",
            "Allergy alert: may cause a severe allergic reaction.",
            "Stomach bleeding warning: this product contains an NSAID.",
            "Keep out of reach of children.",
        };
        for (int i = 0; i < small.length; i++) {
            g.drawString(small[i], 40, 280 + i * 40);
        }
        g.dispose();
        return image;
    }

    /** A printed laboratory report with HbA1c and LDL cholesterol rows. */
    public static BufferedImage labPrintout() {
        BufferedImage image = new BufferedImage(1000, 520, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 520);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 34));
        g.drawString("LABORATORY REPORT", 40, 70);
        g.setFont(new Font(Font.MONOSPACED, Font.BOLD, 24));
        g.drawString("Test                 Result   Units    Reference", 40, 140);
        g.setStroke(new BasicStroke(2));
        g.drawLine(40, 155, 960, 155);
        g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 24));
        g.drawString("HbA1c                7.2      %        4.0 - 5.6", 40, 200);
        g.drawString("LDL cholesterol      162      mg/dL    < 100", 40, 250);
        g.drawString("Specimen: blood      Collected 08:15", 40, 330);
        g.dispose();
        return image;
    }

    /** A photo-like picture without any text: soft gradients and blurred shapes. */
    public static BufferedImage noText() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(120, 170, 210), 0, 480, new Color(230, 220, 180)));
        g.fillRect(0, 0, 640, 480);
        Random random = new Random(7);
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color(random.nextInt(120) + 100, random.nextInt(120) + 100, random.nextInt(120) + 100, 140));
            int r = 40 + random.nextInt(120);
            g.fillOval(random.nextInt(600) - 40, random.nextInt(440) - 40, r, r);
        }
        g.dispose();
        return image;
    }

    /** Random coloured pixels, which no codec can shrink: {@code width} x {@code height} as a large PNG. */
    public static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(11);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        return image;
    }

    public static byte[] png(BufferedImage image) {
        return encode(image, "png");
    }

    public static byte[] jpeg(BufferedImage image) {
        return encode(image, "jpeg");
    }

    public static String dataUrl(String mimeType, byte[] bytes) {
        return "data:" + mimeType + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    public static String pngDataUrl(BufferedImage image) {
        return dataUrl("image/png", png(image));
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no " + format + " writer");
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
