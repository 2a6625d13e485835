package org.handouts.languages;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MessagesTest {
    private static final Messages EN = Bundles.english();
    private static final Messages ES = Bundles.spanish();

    private static String times(Messages m, int n) {
        return m.format("dose.times", "n", n, "range", Integer.toString(n));
    }

    @Test
    void englishSaysOnceForOneAndTimesForEveryOtherCountIncludingZero() {
        assertThat(List.of(0, 1, 2, 5, 21, 1000).stream().map(n -> times(EN, n)).toList())
                .containsExactly("0 times", "once", "2 times", "5 times", "21 times", "1000 times");
    }

    @Test
    void spanishSaysVezForOneAndVecesForZeroAndMany() {
        assertThat(List.of(0, 1, 2, 5, 21).stream().map(n -> times(ES, n)).toList())
                .containsExactly("0 veces", "1 vez", "2 veces", "5 veces", "21 veces");
    }

    @Test
    void unitsTakeTheSingularOnlyForOne() {
        assertThat(EN.format("dose.seconds", "n", 1, "range", "1")).isEqualTo("1 second");
        assertThat(EN.format("dose.seconds", "n", 0, "range", "0")).isEqualTo("0 seconds");
        assertThat(EN.format("dose.breaths", "n", 10, "range", "8 to 10")).isEqualTo("8 to 10 breaths");
        assertThat(ES.format("dose.minutes", "n", 1, "range", "1")).isEqualTo("1 minuto");
        assertThat(ES.format("dose.minutes", "n", 0, "range", "0")).isEqualTo("0 minutos");
        assertThat(ES.format("dose.breaths", "n", 2, "range", "2")).isEqualTo("2 respiraciones");
        assertThat(ES.format("cover.lengthWeeks", "weeks", 1)).isEqualTo("1 semana");
        assertThat(EN.format("cover.lengthWeeks", "weeks", 1)).isEqualTo("1 week");
        assertThat(EN.format("cover.lengthWeeks", "weeks", 6)).isEqualTo("6 weeks");
    }

    @Test
    void datesUseEachLanguagesMonthAndDayNames() {
        LocalDate monday = LocalDate.of(2026, 11, 30);
        assertThat(EN.format("date.long", "date", monday)).isEqualTo("Monday 30 November 2026");
        assertThat(EN.format("date.medium", "date", monday)).isEqualTo("30 Nov 2026");
        assertThat(EN.format("date.short", "date", monday.plusDays(2))).isEqualTo("2 Dec");
        assertThat(ES.format("date.long", "date", monday)).isEqualTo("lunes, 30 de noviembre de 2026");
        assertThat(ES.format("date.medium", "date", monday)).isEqualTo("30 nov 2026");
        assertThat(ES.format("date.short", "date", monday.plusDays(2))).isEqualTo("2 dic");
    }

    @Test
    void aDateIsTheSameDayInEveryTimeZone() {
        // The calendar is built at UTC, so a machine far east or west of Greenwich prints the same day.
        java.util.TimeZone saved = java.util.TimeZone.getDefault();
        try {
            for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "UTC")) {
                java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(zone));
                com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(zone));
                assertThat(EN.format("date.long", "date", LocalDate.of(2026, 11, 30))).as(zone).isEqualTo("Monday 30 November 2026");
            }
        } finally {
            java.util.TimeZone.setDefault(saved);
            com.ibm.icu.util.TimeZone.setDefault(com.ibm.icu.util.TimeZone.getTimeZone(saved.getID()));
        }
    }

    @Test
    void listsUseTheLanguagesOwnWords() {
        assertThat(EN.and(List.of("a mat", "a chair", "a towel"))).isEqualTo("a mat, a chair and a towel");
        assertThat(ES.and(List.of("una esterilla", "una silla"))).isEqualTo("una esterilla y una silla");
        assertThat(EN.or(List.of("Sitting", "standing"))).isEqualTo("Sitting or standing");
        assertThat(ES.or(List.of("Sentado", "de pie"))).isEqualTo("Sentado o de pie");
    }

    @Test
    void bundlesSayWhichLanguageTheyAreForAsPdfsAndWebPagesWriteIt() {
        assertThat(EN.languageTag()).isEqualTo("en-GB");
        assertThat(ES.languageTag()).isEqualTo("es-ES");
        assertThat(Bundles.shipped().codes()).containsExactly("en", "es");
    }

    @Test
    void welshPluralCategoriesPickTheirOwnForms() {
        // Welsh has six plural categories (zero, one, two, few, many, other); CLDR's rules pick them.
        Map<String, String> patterns = new HashMap<>(EN.patterns());
        patterns.put("dose.times", "{n, plural, zero {# gwaith} one {unwaith} two {ddwywaith} few {# gwaith (few)} "
                + "many {# gwaith (many)} other {# gwaith (other)}}");
        Messages cy = new Messages("cy", "cy-GB", patterns);
        assertThat(List.of(0, 1, 2, 3, 6, 7).stream().map(n -> times(cy, n)).toList()).containsExactly(
                "0 gwaith", "unwaith", "ddwywaith", "3 gwaith (few)", "6 gwaith (many)", "7 gwaith (other)");
    }

    @Test
    void aPatternIsCheckedForTheArgumentsTheProgramPasses() {
        assertThat(Messages.problemWith("dose.times", "{n, plural, one {# vez} other {{rango} veces}}", "es-ES"))
                .hasValue("uses {rango}, which this message is not given (it takes {n}, {range})");
        assertThat(Messages.problemWith("tracker.notes", "Notas {", "es-ES")).get().asString()
                .startsWith("not a valid ICU message: ");
        assertThat(Messages.problemWith("tracker.notas", "Notas", "es-ES")).hasValue("not a message the program prints");
        assertThat(Messages.problemWith("tracker.notes", "Notas", "es-ES")).isEmpty();
    }

    @Test
    void aBundleWithoutEveryMessageIsRefused() {
        Map<String, String> patterns = new HashMap<>(EN.patterns());
        patterns.remove("days.monday");
        assertThatThrownBy(() -> new Messages("en", "en-GB", patterns)).hasMessage("en: days.monday: missing");
    }

    @Test
    void everyKeyTheProgramUsesIsInBothShippedBundles() {
        assertThat(EN.patterns().keySet()).containsExactlyInAnyOrderElementsOf(Keys.ALL.keySet());
        assertThat(ES.patterns().keySet()).containsExactlyInAnyOrderElementsOf(Keys.ALL.keySet());
    }
}
