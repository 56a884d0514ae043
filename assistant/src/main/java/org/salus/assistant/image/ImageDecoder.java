package org.salus.assistant.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns the {@code image} data URL of a chat request into pixels, entirely in memory: checks the declared type, the
 * size, the file's own magic bytes and its pixel count before decoding, then decodes with subsampling so that no
 * more than the OCR pixel budget is ever held, upright as the camera's EXIF orientation says. Every rejection is a
 * {@link BadImage} whose message never quotes what was sent.
 */
final class ImageDecoder {

    private static final Map<String, String> OTHER_TYPES = Map.of("image/gif", "GIF", "image/webp", "WebP",
            "image/heic", "HEIC", "image/heif", "HEIF", "image/bmp", "BMP", "image/tiff", "TIFF", "image/svg+xml", "SVG",
            "image/avif", "AVIF");
    private static final int MAX_HEADER = 100;

    private final long maxBytes;
    private final long maxPixels;
    private final long ocrPixels;

    ImageDecoder(long maxBytes, long maxPixels, long ocrPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
        this.ocrPixels = ocrPixels;
    }

    DecodedImage decode(String dataUrl) {
        String url = dataUrl == null ? "" : dataUrl.strip();
        int comma = url.indexOf(',');
        if (!url.regionMatches(true, 0, "data:", 0, 5) || comma < 0 || comma > MAX_HEADER) {
            throw new BadImage(400, "not_data_url", "Not an image",
                    "'image' must be a data URL such as data:image/jpeg;base64,… holding a JPEG or PNG photo.");
        }
        String header = url.substring(5, comma).toLowerCase(Locale.ROOT);
        String declared = header.split(";", 2)[0].strip();
        if (!declared.startsWith("image/")) {
            throw new BadImage(415, "not_an_image", "Not an image",
                    "The data sent is not an image. Send a photo as a JPEG or PNG file.");
        }
        if (!declared.equals("image/png") && !declared.equals("image/jpeg") && !declared.equals("image/jpg")) {
            throw unsupported(OTHER_TYPES.get(declared));
        }
        if (!header.contains(";base64")) {
            throw new BadImage(400, "not_base64", "Image not readable",
                    "The image must be base64-encoded, as in data:image/png;base64,….");
        }
        long estimated = (url.length() - comma - 1) / 4 * 3;
        if (estimated > maxBytes + maxBytes / 50 + 1024) {
            throw tooLarge();
        }
        String base64 = url.substring(comma + 1).replaceAll("\\s+", "");
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw damaged("The image data is not valid base64.");
        }
        if (bytes.length > maxBytes) {
            throw tooLarge();
        }
        String format = sniff(bytes);
        BufferedImage pixels = read(bytes, format);
        int orientation = "jpeg".equals(format) ? ExifOrientation.of(bytes) : 1;
        BufferedImage upright = ExifOrientation.apply(pixels, orientation);
        return new DecodedImage("png".equals(format) ? "image/png" : "image/jpeg", base64, upright,
                upright.getWidth(), upright.getHeight());
    }

    private static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == '\r' && b[5] == '\n' && b[6] == 0x1A && b[7] == '\n') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return "jpeg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            throw unsupported("GIF");
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E') {
            throw unsupported("WebP");
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            throw unsupported("HEIC or AVIF");
        }
        if (b.length >= 2 && b[0] == 'B' && b[1] == 'M') {
            throw unsupported("BMP");
        }
        throw new BadImage(415, "not_an_image", "Not an image",
                "The data sent is not a JPEG or PNG image. Send a photo as a JPEG or PNG file.");
    }

    private BufferedImage read(byte[] bytes, String format) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            throw damaged("This server cannot decode " + format.toUpperCase(Locale.ROOT) + " images.");
        }
        ImageReader reader = readers.next();
        // A memory-backed stream: ImageIO's default stream would cache the image in a temporary file.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw damaged("The image has no pixels.");
            }
            if (width * height > maxPixels) {
                throw new BadImage(413, "too_many_pixels", "Image too large",
                        "The image has %.1f million pixels; the limit is %.1f million. Send a smaller photo."
                                .formatted(width * height / 1e6, maxPixels / 1e6));
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.ceil(Math.sqrt((double) width * height / ocrPixels));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw damaged("The image could not be decoded.");
            }
            return image;
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadImage bad) {
                throw bad;
            }
            throw damaged("The image could not be decoded; the file may be damaged or use an unusual colour format. "
                    + "Try saving it again as a JPEG or PNG.");
        } finally {
            reader.dispose();
        }
    }

    private BadImage tooLarge() {
        return new BadImage(413, "too_large", "Image too large",
                "The image is larger than the limit of %s. Send a smaller photo.".formatted(megabytes(maxBytes)));
    }

    private static BadImage unsupported(String name) {
        return new BadImage(415, "unsupported_type", "Unsupported image type",
                "Salus reads JPEG and PNG images" + (name == null ? "" : ", not " + name)
                        + ". Save the picture as a JPEG or PNG and send it again.");
    }

    private static BadImage damaged(String detail) {
        return new BadImage(400, "corrupt", "Image not readable", detail);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? "%d MB".formatted((long) mb) : "%.1f MB".formatted(mb);
    }
}
