package dev.audiobook.text.speech;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One rule per row: what the book says, and what the voice is given to read. */
class SpeechNormalizerTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            It cost £3.50 at the fair.                | It cost three pounds fifty at the fair.
            The prize was $1,000,000.                 | The prize was one million dollars.
            A coffee is $2.25 here.                   | A coffee is two dollars and twenty five cents here.
            She paid $5 for it.                       | She paid five dollars for it.
            It raised €20 and £1.                     | It raised twenty euros and one pound.
            The town had $1.5 million in the bank.    | The town had one point five million dollars in the bank.
            About 12,500 people came.                 | About twelve thousand five hundred people came.
            The key was 12345678901234567890.         | The key was one two three four five six seven eight nine zero one two three four five six seven eight nine zero.
            He owed $1234567890123456.                | He owed one two three four five six seven eight nine zero one two three four five six dollars.
            He owed $123456789012345.                 | He owed one hundred twenty three trillion four hundred fifty six billion seven hundred eighty nine million twelve thousand three hundred forty five dollars.
            The 12345678901234567th try.              | The one two three four five six seven eight nine zero one two three four five six seventh try.
            Pi is roughly 3.14.                       | Pi is roughly three point one four.
            In 1865 the war ended.                    | In eighteen sixty five the war ended.
            By 1900 the town had grown.               | By nineteen hundred the town had grown.
            It was the 1920s.                         | It was the nineteen twenties.
            She came 2nd and he came 21st.            | She came second and he came twenty first.
            We met at 10:30 a.m. on Monday.           | We met at ten thirty A M on Monday.
            The train left at 9:05 p.m.               | The train left at nine oh five P M.
            Come at 4:00.                             | Come at four o'clock.
            It happened on 4 July 1865.               | It happened on the fourth of July, eighteen sixty five.
            It happened on July 4, 1865.              | It happened on July fourth, eighteen sixty five.
            It opened on the 21st of May, 1892.       | It opened on the twenty first of May, eighteen ninety two.
            The date was 2031-03-03.                  | The date was March third, twenty thirty one.
            Add 3/4 of a cup.                         | Add three quarters of a cup.
            Add 1/2 a cup and 2 1/3 spoons.           | Add one half a cup and two and one third spoons.
            It was −5 °C outside.                     | It was minus five degrees Celsius outside.
            A 20% rise.                               | A twenty percent rise.
            He walked 12 km and carried 5 kg.         | He walked twelve kilometres and carried five kilograms.
            The wall was 1 ft thick.                  | The wall was one foot thick.
            Dr. Watson met Mr. and Mrs. Hudson.       | Doctor Watson met Mister and Missus Hudson.
            She lived at 221 Baker St. near the park. | She lived at two hundred twenty one Baker Street near the park.
            They prayed at St. Paul's.                | They prayed at Saint Paul's.
            Capt. Ahab and Col. Brandon.              | Captain Ahab and Colonel Brandon.
            See Vol. II, p. 12.                       | See Volume two, page twelve.
            Fruit, e.g. apples, i.e. food.            | Fruit, for example apples, that is food.
            Bread, milk, etc. Then home.              | Bread, milk, et cetera. Then home.
            Henry VIII had six wives.                 | Henry the eighth had six wives.
            After World War II it changed.            | After World War two it changed.
            Then I went home.                         | Then I went home.
            I.                                        | One.
            XIV                                       | Fourteen.
            Write to anna.b@example.org today.        | Write to anna dot b at example dot org today.
            See https://www.example.com/books now.    | See w w w dot example dot com slash books now.
            Wait -- no — wait…                        | Wait, no, wait
            "We'll go," she said.                     | We'll go, she said.
            \u201CWe\u2019ll go,\u201D she said.      | We'll go, she said.
            It was _very_ *tired* work.               | It was very tired work.
            Salt & pepper.                            | Salt and pepper.
            THE ORCHARD AT HOLLIN FARM                | the orchard at hollin farm
            The BBC said so.                          | The BBC said so.
            Room #5 (the blue one).                   | Room number five, the blue one.
            The brother of Louis XVI., the king.      | The brother of Louis the sixteenth, the king.
            Henry VIII. was king.                     | Henry the eighth was king.
            So fell Richard III. Then peace.          | So fell Richard the third. Then peace.
            AT THE ST. ALBAN'S INN                    | at the saint alban's inn
            MR. GREY AND DR. BELL                     | mister grey and doctor bell
            It cost 7s. 6d. a week.                   | It cost seven shillings and six pence a week.
            He had £12 10s. a year.                   | He had twelve pounds ten shillings a year.
            A bun for 1d. only.                       | A bun for one penny only.
            Flat 16A on Baker St.                     | Flat sixteen A on Baker Street.
            Print it on A4 paper.                     | Print it on A four paper.
            Music of the '60s and '70s.               | Music of the sixties and seventies.
            Back in the '10s.                         | Back in the tens.
            "Good day, M. Morrel," said MM. Dantès.   | Good day, Monsieur Morrel, said Messieurs Dantès.
            Henry M. Stanley wrote it.                | Henry M. Stanley wrote it.
            """)
    void readsAsAPersonWould(String book, String spoken) {
        assertThat(SpeechNormalizer.normalize(unescape(book))).isEqualTo(spoken);
    }

    private static String unescape(String s) {
        return s.replace("\\u201C", "\u201C").replace("\\u2019", "\u2019").replace("\\u201D", "\u201D");
    }
}
