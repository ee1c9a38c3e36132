package dev.audiobook.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.audiobook.testing.NovelGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuessTest {
    private static final String FRENCH = "Le matin suivant, la vieille maison du port était silencieuse. Marie descendit "
            + "l'escalier sans faire de bruit, ouvrit la porte de la cuisine et regarda longtemps la mer grise. Son frère "
            + "dormait encore; leur père était parti avant l'aube avec les autres pêcheurs. Elle pensa aux lettres qu'elle "
            + "n'avait jamais envoyées, à la ville où elle aurait voulu vivre, aux amis qu'elle avait perdus. Puis elle prit "
            + "son manteau, ferma la porte derrière elle et marcha vers le village, où les cloches de l'église sonnaient. ";
    private static final String GERMAN = "Am nächsten Morgen war das alte Haus am Hafen still. Maria ging leise die Treppe "
            + "hinunter, öffnete die Tür zur Küche und schaute lange auf das graue Meer. Ihr Bruder schlief noch; der Vater "
            + "war vor dem Morgengrauen mit den anderen Fischern hinausgefahren. Sie dachte an die Briefe, die sie nie "
            + "abgeschickt hatte, an die Stadt, in der sie gern gelebt hätte, und an die Freunde, die sie verloren hatte. "
            + "Dann nahm sie ihren Mantel, schloss die Tür hinter sich und ging zum Dorf, wo die Glocken läuteten. ";
    private static final String SPANISH = "A la mañana siguiente, la vieja casa del puerto estaba en silencio. María bajó "
            + "la escalera sin hacer ruido, abrió la puerta de la cocina y miró durante mucho tiempo el mar gris. Su hermano "
            + "todavía dormía; su padre había salido antes del amanecer con los otros pescadores. Pensó en las cartas que "
            + "nunca había enviado, en la ciudad donde habría querido vivir y en los amigos que había perdido. Luego tomó "
            + "su abrigo, cerró la puerta detrás de ella y caminó hacia el pueblo, donde sonaban las campanas. ";
    private static final String ITALIAN = "La mattina dopo, la vecchia casa del porto era silenziosa. Maria scese le scale "
            + "senza fare rumore, aprì la porta della cucina e guardò a lungo il mare grigio. Suo fratello dormiva ancora; "
            + "il padre era uscito prima dell'alba con gli altri pescatori. Pensò alle lettere che non aveva mai spedito, "
            + "alla città dove avrebbe voluto vivere e agli amici che aveva perduto. Poi prese il cappotto, chiuse la porta "
            + "dietro di sé e camminò verso il paese, dove suonavano le campane della chiesa. ";
    private static final String RUSSIAN = "На следующее утро старый дом у гавани был тих. Мария спустилась по лестнице "
            + "без шума, открыла дверь на кухню и долго смотрела на серое море. Её брат ещё спал; отец ушёл до рассвета "
            + "с другими рыбаками. Она думала о письмах, которые так и не отправила, о городе, где хотела бы жить, и о "
            + "друзьях, которых потеряла. Потом она взяла пальто, закрыла за собой дверь и пошла в деревню, где звонили "
            + "колокола. ";

    @ParameterizedTest
    @CsvSource({"FRENCH, fr", "GERMAN, de", "SPANISH, es", "ITALIAN, it", "RUSSIAN, ru"})
    void aBookThatDoesNotSayItsLanguageIsToldByItsLetters(String name, String language) throws Exception {
        String text = (String) LanguageGuessTest.class.getDeclaredField(name).get(null);

        assertThat(LanguageGuess.of(text.repeat(4))).contains(language);
    }

    @Test
    void englishIsEnglish(@TempDir Path dir) throws Exception {
        Path novel = dir.resolve("novel.txt");
        NovelGenerator.main(new String[] {novel.toString(), "40"});

        assertThat(LanguageGuess.of(Files.readString(novel))).contains("en");
    }

    @Test
    void otherScriptsAreToldByTheScriptAndTooLittleTextByNothing() {
        assertThat(LanguageGuess.of("東京の朝はまだ静かだった。".repeat(100))).contains("ja");
        assertThat(LanguageGuess.of("Το πρωί το παλιό σπίτι ήταν ήσυχο. ".repeat(50))).contains("el");
        assertThat(LanguageGuess.of(FRENCH.substring(0, 300))).isEmpty();
        assertThat(LanguageGuess.of("12 34 56 ... ".repeat(500))).isEmpty();
    }
}
