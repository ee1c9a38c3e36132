package dev.audiobook.book;

import java.util.Locale;

/** Reads Roman numerals such as "XIV" or "iv". */
public final class RomanNumerals {
    private RomanNumerals() {}

    public static int parse(String numeral) {
        String s = numeral.toUpperCase(Locale.ROOT);
        int total = 0;
        for (int i = 0; i < s.length(); i++) {
            int value = value(s.charAt(i));
            boolean subtractive = i + 1 < s.length() && value < value(s.charAt(i + 1));
            total += subtractive ? -value : value;
        }
        return total;
    }

    private static int value(char c) {
        return switch (c) {
            case 'I' -> 1;
            case 'V' -> 5;
            case 'X' -> 10;
            case 'L' -> 50;
            case 'C' -> 100;
            case 'D' -> 500;
            case 'M' -> 1000;
            default -> throw new IllegalArgumentException("not a Roman numeral: " + c);
        };
    }
}
