package org.handouts.render;

import org.handouts.model.Advice;
import org.handouts.model.Brand;
import org.handouts.model.Dose;
import org.handouts.model.Equipment;
import org.handouts.model.Exercise;
import org.handouts.model.Library;
import org.handouts.model.Pack;
import org.handouts.model.PaperSize;
import org.handouts.model.Stage;
import org.handouts.model.Publication;
import org.handouts.model.Routine;
import org.handouts.model.RoutineItem;
import org.handouts.model.Source;
import org.handouts.model.Variant;
import org.handouts.figures.Figure;
import org.handouts.figures.Figures;
import org.handouts.figures.Palette;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.stream.Stream;

/** Builds the view models that templates render, from the library and one publication. */
public final class Views {
    public static final String LANGUAGE = "en-GB";
    static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    /** Large print's day names: "Wednesday" at 18 pt bold is 34 mm, wider than a day's column. */
    static final List<String> SHORT_DAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

    private Views() {
    }

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MEDIUM_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    /** The general handout. */
    public static HandoutView handout(Library library, Publication publication) {
        return handout(library, publication, "", true);
    }

    /**
     * A handout for one stage of a pack (its routine in {@code publication} already carries the
     * stage's changes). It names no patient: the cover does, so equal stages render once.
     */
    public static HandoutView stageHandout(Library library, Publication publication, Pack pack, int stage) {
        int first = pack.firstWeek(stage) + 1;
        int last = first + pack.stages().get(stage).weeks() - 1;
        String weeks = first == last ? "Week " + first : last == first + 1 ? "Weeks " + first + " and " + last
                : "Weeks " + first + " to " + last;
        String line = weeks + " of " + pack.weeks() + (pack.stages().size() > 1
                ? " (stage " + (stage + 1) + " of " + pack.stages().size() + ")" : "");
        return handout(library, publication, line, false);
    }

    private static HandoutView handout(Library library, Publication publication, String programme, boolean pageNumbers) {
        Routine routine = publication.routine();
        List<HandoutView.CardView> cards = new ArrayList<>();
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise e = library.requireExercise(item.exerciseId());
            Dose dose = e.dose().with(item.dose());
            List<String> doseLines = DoseWording.sentences(dose);
            String equipment = equipment(e.equipment());
            cards.add(new HandoutView.CardView(number++, e.id(), e.name(),
                    e.aliases().isEmpty() ? "" : "Also called: " + String.join(", ", e.aliases()),
                    positionLabel(e.positions()), e.category().label(), e.purpose(), e.start(), e.steps(),
                    doseLines, e.tips(), e.cautions(), equipment,
                    Fit.cardSplit(e.start(), e.steps(), doseLines, e.tips(), e.cautions(), equipment),
                    pictures(e, publication.variant() == Variant.LARGE)));
        }
        String howOften = "Do this routine " + routine.howOften().words()
                + routine.minutes().stream().mapToObj(m -> ". It takes about " + m + " minutes.").findFirst().orElse(".");
        String nextTitle = routine.next().map(id -> library.requireRoutine(id).title()).orElse("");
        return new HandoutView(document(publication, pageNumbers), brand(publication.brand()),
                routine.title(), routine.level().label(), routine.forWhom(), howOften,
                advice(library.requireAdvice(routine.stopIf())), advice(library.requireAdvice(routine.warmUp())),
                cards, advice(library.requireAdvice(routine.coolDown())),
                routine.advice().stream().map(library::requireAdvice).map(Views::advice).toList(),
                routine.movingUp(), nextTitle, sources(library, routine), programme);
    }

    /**
     * The cover of a pack: the patient, the plan as a table of weeks and routines, the notes.
     * {@code routines} holds each stage's routine with the stage's changes applied.
     */
    public static CoverView cover(Library library, Pack pack, Brand brand, PaperSize paper, List<Routine> routines) {
        List<CoverView.StageRow> rows = new ArrayList<>();
        for (int i = 0; i < pack.stages().size(); i++) {
            Stage stage = pack.stages().get(i);
            Routine routine = routines.get(i);
            int first = pack.firstWeek(i);
            int last = first + stage.weeks() - 1;
            String weeks = first == last ? "Week " + (first + 1) : "Weeks " + (first + 1) + " to " + (last + 1);
            String dates = SHORT_DATE.format(pack.weekStart(first)) + " to " + MEDIUM_DATE.format(pack.weekStart(last).plusDays(6));
            List<String> changes = new ArrayList<>();
            // Left-out exercises are not named: the pack shows only what the patient does.
            if (!stage.added().isEmpty()) {
                changes.add("Added: " + names(library, stage.added().stream().map(RoutineItem::exerciseId).toList()) + ".");
            }
            List<String> addedIds = stage.added().stream().map(RoutineItem::exerciseId).toList();
            for (RoutineItem item : routine.items()) {
                if (stage.doses().containsKey(item.exerciseId()) || addedIds.contains(item.exerciseId())) {
                    Exercise e = library.requireExercise(item.exerciseId());
                    changes.add(e.name() + ": " + DoseWording.compact(e.dose().with(item.dose())) + ".");
                }
            }
            rows.add(new CoverView.StageRow(weeks, dates, routine.title(), routine.level().label(), changes));
        }
        int weeks = pack.weeks();
        DocumentView document = new DocumentView("Your exercise programme", LANGUAGE, paper.cssName() + " portrait", false,
                pack.variant() == Variant.LARGE);
        return new CoverView(document, brand(brand), pack.patient(), pack.reference(), pack.clinician().orElse(""),
                LONG_DATE.format(pack.start()), LONG_DATE.format(pack.review()),
                weeks == 1 ? "1 week" : weeks + " weeks", rows, pack.notes(), pack.link().orElse(""));
    }

    private static String names(Library library, List<String> ids) {
        List<String> names = ids.stream().map(id -> library.requireExercise(id).name()).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** The general tracking sheet, with lines to write the name and week on. */
    public static TrackerView tracker(Library library, Publication publication) {
        return tracker(library, publication, Optional.empty(), 0);
    }

    /** The tracking sheet; for a pack, pre-filled with the name and the dates of week {@code week} (0-based). */
    public static TrackerView tracker(Library library, Publication publication, Optional<Pack> pack, int week) {
        Routine routine = publication.routine();
        List<TrackerView.RowView> rows = new ArrayList<>();
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise e = library.requireExercise(item.exerciseId());
            Dose dose = e.dose().with(item.dose());
            rows.add(new TrackerView.RowView(number++, e.name(), DoseWording.compact(dose), dose.perSide()));
        }
        String patient = pack.map(Pack::patient).orElse("");
        String weekStarting = pack.map(p -> MEDIUM_DATE.format(p.weekStart(week))).orElse("");
        List<String> dates = pack.map(p -> java.util.stream.IntStream.range(0, DAYS.size())
                        .mapToObj(d -> SHORT_DATE.format(p.weekStart(week).plusDays(d))).toList())
                .orElse(DAYS.stream().map(d -> "").toList());
        String key = "Tick a box each time you do the exercise."
                + (rows.stream().anyMatch(TrackerView.RowView::perSide) ? " L and R mean left and right side." : "")
                + " Pain: write a number from 0 (no pain) to 10 (worst pain).";
        boolean letter = publication.paper() == org.handouts.model.PaperSize.LETTER;
        boolean large = publication.variant() == Variant.LARGE;
        // Large print is set at one size (18 pt) and takes the pages it needs; standard print shrinks to stay on one.
        String density = large ? "large" : Fit.trackerDensity(routine.title(), routine.level().label(), patient, weekStarting,
                pack.isPresent(), letter, rows);
        List<List<TrackerView.RowView>> pages = large ? Fit.largeTrackerPages(rows, letter) : List.of(rows);
        return new TrackerView(document(publication, pack.isEmpty()), brand(publication.brand()), routine.title(),
                routine.level().label(), rows, large ? SHORT_DAYS : DAYS, key, patient, weekStarting, dates,
                pack.map(p -> "Week " + (week + 1) + " of " + p.weeks()).orElse(""), density, pages);
    }

    /**
     * "Neck basics (Beginner): Exercise handout for neck and shoulders"; the PDF title and the XHTML
     * title. The topic is left out when the routine's title already says it.
     */
    public static String title(Publication p) {
        return title(p.routine(), what(p));
    }

    /** A title for a document of kind {@code what} made from the routine, such as a patient's pack. */
    public static String title(Routine r, String what) {
        return r.title() + " (" + r.level().label() + "): " + what + aboutUnlessSaid(r);
    }

    /** " for neck and shoulders", or "" when the routine's title already names its topic. */
    private static String aboutUnlessSaid(Routine r) {
        return lower(r.title()).contains(lower(r.topic())) ? "" : " for " + r.topic();
    }

    /** "Exercise handout", "Weekly tracking sheet" or "Exercise booklet". */
    public static String what(Publication p) {
        String what = switch (p.kind()) {
            case HANDOUT -> "Exercise handout";
            case TRACKER -> "Weekly tracking sheet";
            case BOOKLET -> "Exercise booklet";
        };
        // Named in the title too, so the large print cannot be mistaken for the standard in a viewer or a list of files.
        return p.variant() == Variant.LARGE ? LARGE_PRINT + " " + lower(what) : what;
    }

    /** The words that mark a large-print document, on its first page and in its title. */
    public static final String LARGE_PRINT = "Large print";

    private static DocumentView document(Publication p, boolean pageNumbers) {
        String orientation = switch (p.kind()) {
            case HANDOUT, BOOKLET -> " portrait";
            case TRACKER -> " landscape";
        };
        return new DocumentView(title(p), LANGUAGE, p.paper().cssName() + orientation, pageNumbers,
                p.variant() == Variant.LARGE);
    }

    /** The brand as templates use it. */
    public static BrandView brand(Brand b) {
        String contact = Stream.concat(Stream.of(b.phone(), b.website()), b.email().stream())
                .reduce((x, y) -> x + "  \u00b7  " + y).orElse("");
        return new BrandView(b.name(), b.logo().toUri().toString(), b.primary().hex(), b.accent().hex(), contact,
                String.join(", ", b.address()), b.disclaimer(), b.phone());
    }

    /**
     * The card's pictures in stage order: the clinic's own picture where it gave one, otherwise
     * the drawn figure of that stage, if the exercise has one. Each is captioned with its stage;
     * its alt text says what it shows (written in the content, or made from the pose data).
     */
    static List<HandoutView.PictureView> pictures(Exercise e) {
        return pictures(e, false);
    }

    /** The card's pictures; in large print ({@code large}) as large as a row across the page allows. */
    static List<HandoutView.PictureView> pictures(Exercise e, boolean large) {
        record Shown(org.handouts.figures.Stage stage, String src, String alt, double aspect) {
        }
        List<Shown> shown = new ArrayList<>();
        // All stages of a figure share one frame; its shape sizes the drawn pictures.
        Optional<Double> drawnAspect = e.figure().map(f -> Figures.of(Map.of(e.id(), f), NO_COLOURS).aspectRatio(e.id()));
        for (org.handouts.figures.Stage stage : org.handouts.figures.Stage.values()) {
            Optional<Figure> drawn = e.figure().filter(f -> f.find(stage).isPresent());
            Optional<String> drawnAlt = drawn.map(f -> FigureWords.alt(f, stage));
            e.findPicture(stage).ifPresentOrElse(
                    p -> shown.add(new Shown(stage, p.file().toUri().toString(), p.alt().or(() -> drawnAlt).orElseThrow(),
                            p.aspect())),
                    () -> drawnAlt.ifPresent(alt -> shown.add(new Shown(stage, Figures.SCHEME + e.id() + "/" + stage.key(),
                            alt, drawnAspect.orElseThrow()))));
        }
        return shown.stream().map(s -> new HandoutView.PictureView(s.stage().label(), s.src(), s.alt(),
                large ? Fit.largePictureStyle(s.aspect(), shown.size()) : Fit.pictureStyle(s.aspect()))).toList();
    }

    /** Posing a figure to learn its shape needs no colours. */
    private static final Palette NO_COLOURS = new Palette(0, 0);

    private static AdviceView advice(Advice a) {
        return new AdviceView(a.title(), a.intro().orElse(""), a.points());
    }

    /** "Sitting", or "Sitting or standing" for an exercise that can be done either way. */
    static String positionLabel(List<org.handouts.model.Position> positions) {
        StringBuilder label = new StringBuilder(positions.get(0).label());
        for (int i = 1; i < positions.size(); i++) {
            label.append(i == positions.size() - 1 ? " or " : ", ").append(lower(positions.get(i).label()));
        }
        return label.toString();
    }

    private static String equipment(List<Equipment> equipment) {
        if (equipment.isEmpty()) return "";
        List<String> words = equipment.stream().map(Equipment::words).toList();
        String list = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
        return "You need " + list + ".";
    }

    /** Every source the routine's exercises and advice name, in the order they are first used. */
    static List<String> sources(Library library, Routine routine) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(routine.stopIf(), routine.warmUp()).map(library::requireAdvice).forEach(a -> ids.addAll(a.sources()));
        routine.items().forEach(i -> ids.addAll(library.requireExercise(i.exerciseId()).sources()));
        Stream.concat(Stream.of(routine.coolDown()), routine.advice().stream()).map(library::requireAdvice)
                .forEach(a -> ids.addAll(a.sources()));
        return ids.stream().map(library::requireSource).map(Views::cite).toList();
    }

    private static String cite(Source s) {
        return s.publisher() + ", \u201c" + s.title() + "\u201d" + s.note().map(n -> " (" + n + ")").orElse("");
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
