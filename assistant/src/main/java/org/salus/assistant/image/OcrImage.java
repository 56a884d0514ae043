package org.salus.assistant.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * The image as Tesseract reads best: 8-bit grayscale on a white margin, with small images enlarged so that
 * printed letters are tall enough to recognise.
 */
record OcrImage(byte[] gray, int width, int height) {

    private static final int SMALL = 1400;
    private static final int MARGIN = 16;

    static OcrImage of(BufferedImage source) {
        int w = source.getWidth();
        int h = source.getHeight();
        double scale = Math.max(w, h) < SMALL ? Math.min(3.0, (double) SMALL / Math.max(w, h)) : 1.0;
        int sw = (int) Math.round(w * scale);
        int sh = (int) Math.round(h * scale);
        BufferedImage gray = new BufferedImage(sw + 2 * MARGIN, sh + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = gray.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, gray.getWidth(), gray.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, MARGIN, MARGIN, sw, sh, null);
        } finally {
            g.dispose();
        }
        return new OcrImage(((DataBufferByte) gray.getRaster().getDataBuffer()).getData(), gray.getWidth(), gray.getHeight());
    }
}
