package org.salus.assistant.image;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * The orientation tag (0x0112) of a JPEG's EXIF block, and the turn or flip it asks for: phones store photos sideways
 * and say so only there, and text on its side cannot be read.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** 1 (upright) to 8; 1 when the file has no readable tag. */
    static int of(byte[] jpeg) {
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
            int marker = jpeg[i + 1] & 0xFF;
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xDA || length < 2) {
                return 1;
            }
            if (marker == 0xE1 && i + 10 < jpeg.length && jpeg[i + 4] == 'E' && jpeg[i + 5] == 'x' && jpeg[i + 6] == 'i'
                    && jpeg[i + 7] == 'f') {
                return tiff(jpeg, i + 10, Math.min(jpeg.length, i + 2 + length));
            }
            i += 2 + length;
        }
        return 1;
    }

    private static int tiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean little = b[start] == 'I' && b[start + 1] == 'I';
        long ifd = start + read(b, start + 4, 4, little);
        if (ifd + 2 > end || ifd < start) {
            return 1;
        }
        int entries = (int) read(b, (int) ifd, 2, little);
        for (int e = 0; e < entries; e++) {
            int entry = (int) ifd + 2 + e * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(b, entry, 2, little) == 0x0112) {
                int value = (int) read(b, entry + 8, 2, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long read(byte[] b, int at, int bytes, boolean little) {
        long value = 0;
        for (int k = 0; k < bytes; k++) {
            int octet = b[at + (little ? bytes - 1 - k : k)] & 0xFF;
            value = (value << 8) | octet;
        }
        return value;
    }

    /** The image as a person holding the camera saw it. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(-Math.PI / 2); t.scale(-1, 1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.translate(h, w); t.rotate(Math.PI / 2); t.scale(-1, 1); }
            default -> { t.translate(0, w); t.rotate(3 * Math.PI / 2); }
        }
        boolean swap = orientation >= 5;
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getType() == BufferedImage.TYPE_CUSTOM ? BufferedImage.TYPE_INT_RGB : image.getType());
        return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(image, out);
    }
}
