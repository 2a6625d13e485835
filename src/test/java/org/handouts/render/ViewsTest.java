package org.handouts.render;

import org.handouts.model.Advice;
import org.handouts.model.Brand;
import org.handouts.model.DocumentKind;
import org.handouts.model.Dose;
import org.handouts.model.Equipment;
import org.handouts.model.Exercise;
import org.handouts.model.Picture;
import org.handouts.figures.Stage;
import org.handouts.model.Level;
import org.handouts.model.Library;
import org.handouts.model.PaperSize;
import org.handouts.model.Position;
import org.handouts.model.Publication;
import org.handouts.model.Range;
import org.handouts.model.Routine;
import org.handouts.model.Sides;
import org.handouts.model.Source;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handouts.model.ModelSamples.advice;
import static org.handouts.model.ModelSamples.brand;
import static org.handouts.model.ModelSamples.breaths;
import static org.handouts.model.ModelSamples.byId;
import static org.handouts.model.ModelSamples.item;
import static org.handouts.model.ModelSamples.minutes;
import static org.handouts.model.ModelSamples.patchReps;
import static org.handouts.model.ModelSamples.routine;
import static org.handouts.model.ModelSamples.source;

class ViewsTest {
    private static final Equipment MAT = new Equipment("mat", "a mat");
    private final Brand clinic = brand("clinic", "Clinic & Co");
    private final Exercise kneeRolls = new Exercise("knee-rolls", "Knee rolls", List.of("Knee roll", "Rolls"),
            org.handouts.model.Category.MOBILITY, List.of(Position.LYING_ON_BACK), "Helps your back move.", "Lie down.",
            List.of("Roll.", "Come back."),
            new Dose(Optional.of(new Range(8, 10)), Optional.of(breaths(1, 1)), Optional.empty(), Sides.ALTERNATING, 1,
                    Optional.empty()),
            List.of("Go slowly."), List.of("Stop if it hurts."),
            List.of(MAT, new Equipment("cushion", "a small cushion"), new Equipment("pillow", "a pillow")),
            List.of("s-exercise-a", "s-shared"));
    private final Exercise plank = org.handouts.model.ModelSamples.exercise("plank", "Plank", Position.LYING_ON_FRONT,
            new Dose(Optional.empty(), Optional.empty(), Optional.of(minutes(1)), Sides.BOTH, 1, Optional.empty()),
            "s-exercise-b");
    private final Exercise bridge = new Exercise("bridge", "Bridge", List.of(), org.handouts.model.Category.STRENGTH,
            List.of(Position.LYING_ON_BACK), "Strong hips.", "Lie down.", List.of("Lift."),
            org.handouts.model.ModelSamples.reps(10, 10), List.of(), List.of(), List.of(MAT),
            List.of("s-shared", "s-exercise-a"));
    private final Routine next = routine("next-level", "Harder routine", Level.STANDARD, List.of(item("plank")),
            "stop", "warm", "cool", List.of(), Optional.empty());
    // Routine order differs from library order on purpose: bridge, knee-rolls (reps lowered), plank.
    private final Routine gentle = routine("gentle", "Gentle start", Level.BEGINNER,
            List.of(item("bridge"), item("knee-rolls", patchReps(3)), item("plank")),
            "stop", "warm", "cool", List.of("extra-2", "extra-1"), Optional.of("next-level"));
    private final Library library = new Library(byId(Brand::id, clinic),
            byId(Source::id, source("s-stop"), source("s-warm"), source("s-shared"), source("s-exercise-a"),
                    source("s-exercise-b"), source("s-cool"), source("s-extra-1"), source("s-extra-2"),
                    source("s-unused")),
            byId(Exercise::id, plank, kneeRolls, bridge),
            byId(Advice::id, advice("stop", "s-stop"), advice("warm", "s-warm", "s-stop"), advice("cool", "s-cool", "s-shared"),
                    advice("extra-1", "s-extra-1"), advice("extra-2", "s-extra-2", "s-extra-1")),
            byId(Routine::id, gentle, next));

    private Publication publication(DocumentKind kind, PaperSize paper) {
        return new Publication(clinic, gentle, kind, paper);
    }

    @Test
    void handoutCardsFollowTheRoutineOrderAndAreNumberedFromOne() {
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.cards()).extracting(HandoutView.CardView::id).containsExactly("bridge", "knee-rolls", "plank");
        assertThat(view.cards()).extracting(HandoutView.CardView::number).containsExactly(1, 2, 3);
        assertThat(view.cards()).extracting(HandoutView.CardView::name).containsExactly("Bridge", "Knee rolls", "Plank");
    }

    @Test
    void handoutCardUsesTheRoutinesOverriddenDose() {
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.cards().get(1).dose())
                .containsExactly("Repeat 3 times, alternating sides.", "Hold for 1 deep breath each time.");
        assertThat(view.cards().get(0).dose()).containsExactly("Repeat 10 times.");
        assertThat(view.cards().get(2).dose()).containsExactly("Keep going for 1 minute.");
    }

    @Test
    void handoutCardCarriesTheExercisesWords() {
        HandoutView.CardView card = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4)).cards().get(1);
        assertThat(card.aliases()).isEqualTo("Also called: Knee roll, Rolls");
        assertThat(card.position()).isEqualTo("Lying on your back");
        assertThat(card.category()).isEqualTo("Mobility");
        assertThat(card.steps()).containsExactly("Roll.", "Come back.");
        assertThat(card.tips()).containsExactly("Go slowly.");
        assertThat(card.cautions()).containsExactly("Stop if it hurts.");
        assertThat(card.equipment()).isEqualTo("You need a mat, a small cushion and a pillow.");
    }

    /** The library with the clinic's own pictures for knee rolls: a wide PNG start, a tall PDF end. */
    static Library withOwnPictures(Library library, String exerciseId) {
        Exercise e = library.requireExercise(exerciseId);
        Map<Stage, Picture> pictures = Map.of(
                Stage.START, new Picture(Path.of("/clinic/content/exercises/start.png").toAbsolutePath(), Picture.Format.PNG,
                        900, 300, Optional.of("Lying on your back, knees bent.")),
                Stage.END, new Picture(Path.of("/clinic/content/exercises/end.pdf").toAbsolutePath(), Picture.Format.PDF,
                        100, 200, Optional.of("Knees rolled to the left.")));
        Exercise pictured = new Exercise(e.id(), e.name(), e.aliases(), e.category(), e.positions(), e.purpose(), e.start(),
                e.steps(), e.dose(), e.tips(), e.cautions(), e.equipment(), e.sources(), e.figure(), pictures);
        var exercises = new java.util.LinkedHashMap<>(library.exercises());
        exercises.put(exerciseId, pictured);
        return new Library(library.brands(), library.sources(), exercises, library.advice(), library.routines());
    }

    @Test
    void ownPicturesAreCaptionedDescribedAndFittedIntoThePictureBox() {
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), withOwnPictures(library, "knee-rolls"), publication(DocumentKind.HANDOUT, PaperSize.A4));
        List<HandoutView.PictureView> pictures = view.cards().get(1).pictures();
        assertThat(pictures).extracting(HandoutView.PictureView::label).containsExactly("Start", "End");
        assertThat(pictures).extracting(HandoutView.PictureView::alt)
                .containsExactly("Lying on your back, knees bent.", "Knees rolled to the left.");
        assertThat(pictures.get(0).src()).startsWith("file:").endsWith("/clinic/content/exercises/start.png");
        // 3:1 is wider than the 34 x 21.3 mm box: full width, lower; 1:2 is taller: full height, narrower.
        assertThat(pictures.get(0).style()).isEqualTo("width: 34.0mm; height: 11.3mm;");
        assertThat(pictures.get(1).style()).isEqualTo("width: 10.7mm; height: 21.3mm;");
        assertThat(view.cards().get(0).pictures()).as("an exercise without pictures has none").isEmpty();
    }

    @Test
    void equipmentOfOneIsSaidWithoutAnd() {
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.cards().get(0).equipment()).isEqualTo("You need a mat.");
        assertThat(view.cards().get(2).equipment()).isEmpty();
        assertThat(view.cards().get(0).aliases()).isEmpty();
    }

    @Test
    void sourcesAreListedOnceInTheOrderTheyAreFirstUsed() {
        // stop-if, warm-up, exercises in routine order, cool-down, then further advice in routine order.
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.sources()).containsExactly(
                "Publisher of s-stop, \u201cTitle of s-stop\u201d",
                "Publisher of s-warm, \u201cTitle of s-warm\u201d",
                "Publisher of s-shared, \u201cTitle of s-shared\u201d",
                "Publisher of s-exercise-a, \u201cTitle of s-exercise-a\u201d",
                "Publisher of s-exercise-b, \u201cTitle of s-exercise-b\u201d",
                "Publisher of s-cool, \u201cTitle of s-cool\u201d",
                "Publisher of s-extra-2, \u201cTitle of s-extra-2\u201d",
                "Publisher of s-extra-1, \u201cTitle of s-extra-1\u201d");
    }

    @Test
    void sourceNoteIsPrintedInBrackets() {
        Library withNote = new Library(library.brands(),
                byId(Source::id, new Source("s-stop", "T", "P", Optional.of("reviewed 2018")), source("s-warm"),
                        source("s-shared"), source("s-exercise-a"), source("s-exercise-b"), source("s-cool"),
                        source("s-extra-1"), source("s-extra-2")),
                library.exercises(), library.advice(), library.routines());
        assertThat(Views.handout(org.handouts.languages.Bundles.english(), withNote, publication(DocumentKind.HANDOUT, PaperSize.A4)).sources().get(0))
                .isEqualTo("P, \u201cT\u201d (reviewed 2018)");
    }

    @Test
    void handoutSaysTitleLevelHowOftenAndTheNextRoutine() {
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.title()).isEqualTo("Gentle start");
        assertThat(view.level()).isEqualTo("Beginner");
        assertThat(view.howOften()).isEqualTo("Do this routine every day. It takes about 20 minutes.");
        assertThat(view.nextTitle()).isEqualTo("Harder routine");
        assertThat(view.advice()).extracting(AdviceView::title).containsExactly("Advice extra-2", "Advice extra-1");
        assertThat(view.stopIf().title()).isEqualTo("Advice stop");
        assertThat(view.stopIf().intro()).isEmpty();
    }

    @Test
    void howOftenWithoutMinutesEndsAfterTheFrequency() {
        Routine noMinutes = new Routine("gentle", "Gentle start", "stiff knees", Level.BEGINNER, "Anyone.",
                org.handouts.model.Frequency.MOST_DAYS, OptionalInt.empty(), "stop", "warm", gentle.items(), "cool",
                List.of(), List.of("Easy."), Optional.empty());
        HandoutView view = Views.handout(org.handouts.languages.Bundles.english(), library, new Publication(clinic, noMinutes, DocumentKind.HANDOUT, PaperSize.A4));
        assertThat(view.howOften()).isEqualTo("Do this routine on most days of the week.");
        assertThat(view.nextTitle()).isEmpty();
    }

    @Test
    void documentTitleNamesRoutineLevelKindAndTopic() {
        assertThat(Views.handout(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.HANDOUT, PaperSize.A4)).document())
                .isEqualTo(new DocumentView("Gentle start (Beginner): Exercise handout for stiff knees", "en-GB", "A4 portrait", true));
        assertThat(Views.tracker(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.TRACKER, PaperSize.LETTER)).document())
                .isEqualTo(new DocumentView("Gentle start (Beginner): Weekly tracking sheet for stiff knees", "en-GB", "letter landscape", true));
    }

    @Test
    void anExerciseWithSeveralPositionsNamesThemAll() {
        assertThat(Views.positionLabel(org.handouts.languages.Bundles.english(), List.of(Position.SITTING))).isEqualTo("Sitting");
        assertThat(Views.positionLabel(org.handouts.languages.Bundles.english(), List.of(Position.SITTING, Position.STANDING))).isEqualTo("Sitting or standing");
        assertThat(Views.positionLabel(org.handouts.languages.Bundles.english(), List.of(Position.SITTING, Position.KNEELING, Position.STANDING)))
                .isEqualTo("Sitting, kneeling or standing");
    }

    @Test
    void documentTitleLeavesOutATopicTheRoutineTitleAlreadyNames() {
        Routine named = new Routine("gentle", "Gentle start for Stiff Knees", "stiff knees", Level.BEGINNER, "Anyone.",
                org.handouts.model.Frequency.DAILY, OptionalInt.empty(), "stop", "warm", gentle.items(), "cool",
                List.of(), List.of("Easy."), Optional.empty());
        assertThat(Views.title(org.handouts.languages.Bundles.english(), new Publication(clinic, named, DocumentKind.HANDOUT, PaperSize.A4)))
                .isEqualTo("Gentle start for Stiff Knees (Beginner): Exercise handout");
    }

    @Test
    void trackerRowsFollowTheRoutineWithCompactTargets() {
        TrackerView view = Views.tracker(org.handouts.languages.Bundles.english(), library, publication(DocumentKind.TRACKER, PaperSize.A4));
        assertThat(view.rows()).containsExactly(
                new TrackerView.RowView(1, "Bridge", "10 times", false),
                new TrackerView.RowView(2, "Knee rolls", "3 times, alternating \u00b7 hold 1 breath", false),
                new TrackerView.RowView(3, "Plank", "1 min", false));
        assertThat(view.days()).containsExactly("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
        assertThat(view.key()).contains("Pain").as("no row has L and R boxes").doesNotContain("L and R");
        assertThat(view.patient()).isEmpty();
        assertThat(view.sheetLabel()).isEmpty();
    }

    @Test
    void brandViewGivesCssColoursAFileLogoAndJoinedContact() {
        BrandView b = Views.brand(clinic);
        assertThat(b.name()).isEqualTo("Clinic & Co");
        assertThat(b.primary()).isEqualTo("#0f4c5c");
        assertThat(b.accent()).isEqualTo("#e07a2e");
        assertThat(b.logoUri()).startsWith("file:").endsWith("clinic-logo.png");
        assertThat(b.contact()).isEqualTo("01632 960000  \u00b7  clinic.example  \u00b7  hi@clinic.example");
        assertThat(b.address()).isEqualTo("1 High Street, Townsville");
    }
}
