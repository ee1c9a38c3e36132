package dev.audiobook.read;

/** The made-up story the FictionBook and RTF tests have real producers (pandoc, LibreOffice) write. */
final class ProducedStory {
    private ProducedStory() {}

    static final String MARKDOWN = """
            ---
            title: The Ferryman’s Daughter
            author: Ada Quill
            lang: en
            ---

            # Chapter One: The Ford

            The river was high that spring, and the “old ferry” ran twice a day.[^1] Nobody in the café spoke of it.

            She was naïve, they said — but she knew the water better than Ørsted knew his needles.

            # Chapter Two: The Bank

            The bank stood on the far side of the river, grey and quiet in the morning.

            ## The Vault

            Inside, the vault held nothing but letters — hundreds of them.

            # Chapter Three: The Crossing

            They crossed at dawn, the boat low in the water and the oars creaking.

            # Chapter Four: Home

            At last the lamps of the village showed through the trees.

            [^1]: A footnote that must never be read aloud.
            """;

    static final java.util.List<String> TRACKS = java.util.List.of("Chapter One: The Ford", "Chapter Two: The Bank",
            "Chapter Three: The Crossing", "Chapter Four: Home");
}
