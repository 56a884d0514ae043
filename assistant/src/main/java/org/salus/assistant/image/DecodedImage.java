package org.salus.assistant.image;

import java.awt.image.BufferedImage;

/**
 * An image that passed every check, held in memory only: its type, the base64 it arrived as (for a vision model)
 * and its pixels upright and reduced to at most the OCR pixel budget.
 */
public record DecodedImage(String mimeType, String base64, BufferedImage pixels, int width, int height) {

    @Override
    public String toString() {
        return "DecodedImage[" + mimeType + ", " + width + "x" + height + "]";
    }
}
