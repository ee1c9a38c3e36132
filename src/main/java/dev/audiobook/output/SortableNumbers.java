package dev.audiobook.output;

/** Numbers in file names, zero-padded to the width of the largest so the files sort in order. */
public final class SortableNumbers {
    private SortableNumbers() {}

    /** 7 of 12 is "07"; 7 of 135 is "007"; never fewer than two digits. */
    public static String padded(int number, int count) {
        return String.format("%0" + Math.max(2, String.valueOf(count).length()) + "d", number);
    }
}
