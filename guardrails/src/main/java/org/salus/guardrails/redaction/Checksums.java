package org.salus.guardrails.redaction;

import java.math.BigInteger;
import java.util.Locale;

/** Check-digit rules that tell real identifiers from look-alike numbers. */
final class Checksums {

    private static final String DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
    private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

    private Checksums() {
    }

    static String digits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean luhn(String number) {
        String d = digits(number);
        if (d.isEmpty()) {
            return false;
        }
        int sum = 0;
        boolean twice = false;
        for (int i = d.length() - 1; i >= 0; i--) {
            int n = d.charAt(i) - '0';
            if (twice) {
                n *= 2;
                if (n > 9) {
                    n -= 9;
                }
            }
            sum += n;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** ISO 13616 IBAN check: move the first four characters to the end, letters to numbers, mod 97 == 1. */
    static boolean iban(String candidate) {
        String s = candidate.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (s.length() < 15 || s.length() > 34 || !s.matches("[A-Z]{2}\\d{2}[A-Z0-9]+")) {
            return false;
        }
        String moved = s.substring(4) + s.substring(0, 4);
        StringBuilder numeric = new StringBuilder();
        for (int i = 0; i < moved.length(); i++) {
            char c = moved.charAt(i);
            numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
    }

    /** Spanish DNI (8 digits + letter) or NIE (X/Y/Z + 7 digits + letter) with its check letter. */
    static boolean spanishId(String candidate) {
        String s = candidate.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        if (s.matches("[XYZ]\\d{7}[A-Z]")) {
            s = "XYZ".indexOf(s.charAt(0)) + s.substring(1);
        }
        if (!s.matches("\\d{8}[A-Z]")) {
            return false;
        }
        int n = Integer.parseInt(s.substring(0, 8));
        return DNI_LETTERS.charAt(n % 23) == s.charAt(8);
    }

    /** US SSN structure: area not 000, 666 or 9xx; group not 00; serial not 0000. */
    static boolean ssn(String candidate) {
        String d = digits(candidate);
        if (d.length() != 9) {
            return false;
        }
        int area = Integer.parseInt(d.substring(0, 3));
        return area != 0 && area != 666 && area < 900
                && !d.substring(3, 5).equals("00") && !d.substring(5).equals("0000");
    }

    /** Card numbers: 12-19 digits, Luhn, and either unbroken or grouped the way cards are printed. */
    static boolean card(String candidate) {
        String d = digits(candidate);
        if (d.length() < 12 || d.length() > 19 || d.charAt(0) == '0' || d.charAt(0) > '6' || !luhn(d)) {
            return false;
        }
        String[] groups = candidate.split("[ -]");
        if (groups.length == 1) {
            return true;
        }
        if (groups.length == 3 && groups[0].length() == 4 && groups[1].length() == 6) {
            return true;
        }
        for (int i = 0; i < groups.length - 1; i++) {
            if (groups[i].length() != 4) {
                return false;
            }
        }
        return true;
    }
}
