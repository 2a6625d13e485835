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
import org.handouts.languages.Messages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Builds the view models that templates render, from the library and one publication, with every
 * fixed word from the publication's message bundle ({@code m}).
 */
public final class Views {
    /** The days of the week as the bundles name them, Monday first. */
    public static final List<String> DAY_KEYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    private Views() {
    }

    /** The general handout. */
    public static HandoutView handout(Messages m, Library library, Publication publication) {
        return handout(m, library, publication, "", true);
    }

    /**
     * A handout for one stage of a pack (its routine in {@code publication} already carries the
     * stage's changes). It names no patient: the cover does, so equal stages render once.
     */
    public static HandoutView stageHandout(Messages m, Library library, Publication publication, Pack pack, int stage) {
        int first = pack.firstWeek(stage) + 1;
        int last = first + pack.stages().get(stage).weeks() - 1;
        String weeks = first == last ? m.format("programme.week", "week", first, "weeks", pack.weeks())
                : m.format(last == first + 1 ? "programme.weekPair" : "programme.weekRange",
                "first", first, "last", last, "weeks", pack.weeks());
        String line = pack.stages().size() > 1
                ? m.format("programme.stage", "weeks", weeks, "stage", stage + 1, "stages", pack.stages().size()) : weeks;
        return handout(m, library, publication, line, false);
    }

    private static HandoutView handout(Messages m, Library library, Publication publication, String programme, boolean pageNumbers) {
        Routine routine = publication.routine();
        List<HandoutView.CardView> cards = new ArrayList<>();
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise e = library.requireExercise(item.exerciseId());
            Dose dose = e.dose().with(item.dose());
            List<String> doseLines = DoseWording.sentences(m, dose);
            String equipment = equipment(m, e.equipment());
            String aliases = e.aliases().isEmpty() ? "" : m.format("handout.alsoCalled", "names", String.join(", ", e.aliases()));
            String position = positionLabel(m, e.positions());
            String category = label(m, e.category());
            boolean large = publication.variant() == Variant.LARGE;
            List<HandoutView.PictureView> pictures = pictures(m, e, large);
            // Large print: the card on one page when it fits, else its tips and cautions on the next (render/Fit).
            String split = large ? Fit.largeCardLayout(new Fit.LargeCard(e.name(),
                            position + " \u00b7 " + category + (aliases.isEmpty() ? "" : " \u00b7 " + aliases),
                            e.purpose(), pictures.isEmpty() ? 0 : largePictureRowHeight(e),
                            e.start(), e.steps(), doseLines, e.tips(), e.cautions(), equipment),
                            number == 1, publication.paper() == org.handouts.model.PaperSize.LETTER)
                    : Fit.cardSplit(e.start(), e.steps(), doseLines, e.tips(), e.cautions(), equipment);
            cards.add(new HandoutView.CardView(number++, e.id(), e.name(), aliases, position, category,
                    e.purpose(), e.start(), e.steps(), doseLines, e.tips(), e.cautions(), equipment, split, pictures));
        }
        String howOften = howOften(m, routine);
        String nextTitle = routine.next().map(id -> library.requireRoutine(id).title()).orElse("");
        return new HandoutView(document(m, publication, pageNumbers), brand(publication.brand()),
                routine.title(), label(m, routine.level()), routine.forWhom(), howOften,
                advice(library.requireAdvice(routine.stopIf())), advice(library.requireAdvice(routine.warmUp())),
                cards, advice(library.requireAdvice(routine.coolDown())),
                routine.advice().stream().map(library::requireAdvice).map(Views::advice).toList(),
                routine.movingUp(), nextTitle, sources(m, library, routine), programme);
    }

    /** "Do this routine every day. It takes about 10 minutes." */
    public static String howOften(Messages m, Routine routine) {
        String often = m.format("handout.howOftenText", "frequency", label(m, routine.howOften()));
        return routine.minutes().stream().mapToObj(n -> often + " " + m.format("handout.minutes", "minutes", n))
                .findFirst().orElse(often);
    }

    /** The bundle's word for a value of one of the content's fixed lists: "position.sitting", "level.beginner"... */
    public static String label(Messages m, org.handouts.model.Keyed value) {
        String group = switch (value) {
            case org.handouts.model.Position p -> "position";
            case org.handouts.model.Category c -> "category";
            case org.handouts.model.Level l -> "level";
            case org.handouts.model.Frequency f -> "frequency";
            default -> throw new IllegalArgumentException("no words for " + value);
        };
        return m.text(group + "." + value.key());
    }

    /** The day names, Monday first. */
    public static List<String> days(Messages m) {
        return DAY_KEYS.stream().map(d -> m.text("days." + d)).toList();
    }

    /** Short day names for narrow screens, Monday first. */
    public static List<String> shortDays(Messages m) {
        return DAY_KEYS.stream().map(d -> m.text("daysShort." + d)).toList();
    }

    /**
     * The cover of a pack: the patient, the plan as a table of weeks and routines, the notes.
     * {@code routines} holds each stage's routine with the stage's changes applied.
     */
    public static CoverView cover(Messages m, Library library, Pack pack, Brand brand, PaperSize paper, List<Routine> routines) {
        List<CoverView.StageRow> rows = new ArrayList<>();
        for (int i = 0; i < pack.stages().size(); i++) {
            Stage stage = pack.stages().get(i);
            Routine routine = routines.get(i);
            int first = pack.firstWeek(i);
            int last = first + stage.weeks() - 1;
            String weeks = first == last ? m.format("cover.week", "week", first + 1)
                    : m.format("cover.weekRange", "first", first + 1, "last", last + 1);
            String dates = m.format("date.range", "from", m.format("date.short", "date", pack.weekStart(first)),
                    "to", m.format("date.medium", "date", pack.weekStart(last).plusDays(6)));
            List<String> changes = new ArrayList<>();
            // Left-out exercises are not named: the pack shows only what the patient does.
            if (!stage.added().isEmpty()) {
                changes.add(m.format("cover.added", "names", m.and(stage.added().stream()
                        .map(a -> library.requireExercise(a.exerciseId()).name()).toList())));
            }
            List<String> addedIds = stage.added().stream().map(RoutineItem::exerciseId).toList();
            for (RoutineItem item : routine.items()) {
                if (stage.doses().containsKey(item.exerciseId()) || addedIds.contains(item.exerciseId())) {
                    Exercise e = library.requireExercise(item.exerciseId());
                    changes.add(m.format("cover.dose", "name", e.name(), "dose", DoseWording.compact(m, e.dose().with(item.dose()))));
                }
            }
            rows.add(new CoverView.StageRow(weeks, dates, routine.title(), label(m, routine.level()), changes));
        }
        DocumentView document = new DocumentView(m.text("cover.title"), m.languageTag(), paper.cssName() + " portrait", false,
                pack.variant() == Variant.LARGE);
        return new CoverView(document, brand(brand), pack.patient(), pack.reference(), pack.clinician().orElse(""),
                m.format("date.long", "date", pack.start()), m.format("date.long", "date", pack.review()),
                m.format("cover.lengthWeeks", "weeks", pack.weeks()), rows, pack.notes(), pack.link().orElse(""));
    }

    /** The general tracking sheet, with lines to write the name and week on. */
    public static TrackerView tracker(Messages m, Library library, Publication publication) {
        return tracker(m, library, publication, Optional.empty(), 0);
    }

    /** The tracking sheet; for a pack, pre-filled with the name and the dates of week {@code week} (0-based). */
    public static TrackerView tracker(Messages m, Library library, Publication publication, Optional<Pack> pack, int week) {
        Routine routine = publication.routine();
        List<TrackerView.RowView> rows = new ArrayList<>();
        int number = 1;
        for (RoutineItem item : routine.items()) {
            Exercise e = library.requireExercise(item.exerciseId());
            Dose dose = e.dose().with(item.dose());
            rows.add(new TrackerView.RowView(number++, e.name(), DoseWording.compact(m, dose), dose.perSide()));
        }
        String patient = pack.map(Pack::patient).orElse("");
        String weekStarting = pack.map(p -> m.format("date.medium", "date", p.weekStart(week))).orElse("");
        List<String> dates = pack.map(p -> java.util.stream.IntStream.range(0, DAY_KEYS.size())
                        .mapToObj(d -> m.format("date.short", "date", p.weekStart(week).plusDays(d))).toList())
                .orElse(DAY_KEYS.stream().map(d -> "").toList());
        String key = m.text("tracker.keyTick")
                + (rows.stream().anyMatch(TrackerView.RowView::perSide) ? " " + m.text("tracker.keySides") : "")
                + " " + m.text("tracker.keyPain");
        String level = label(m, routine.level());
        boolean letter = publication.paper() == org.handouts.model.PaperSize.LETTER;
        boolean large = publication.variant() == Variant.LARGE;
        // Large print is set at one size (18 pt) and takes the pages it needs; standard print shrinks to stay on one.
        Fit.LargeSheet sheet = large ? Fit.largeTracker(rows, letter) : new Fit.LargeSheet(List.of(rows), false);
        String density = large ? (sheet.saysMore() ? "large says-more" : "large") : Fit.trackerDensity(routine.title(), level,
                patient, weekStarting, pack.isPresent(), letter, rows);
        List<List<TrackerView.RowView>> pages = sheet.pages();
        // Large print's day names are short: "Wednesday" at 18 pt bold is wider than a day's column.
        return new TrackerView(document(m, publication, pack.isEmpty()), brand(publication.brand()), routine.title(),
                level, rows, large ? shortDays(m) : days(m), key, patient, weekStarting, dates,
                pack.map(p -> m.format("programme.week", "week", week + 1, "weeks", p.weeks())).orElse(""), density, pages);
    }

    /**
     * "Neck basics (Beginner): Exercise handout for neck and shoulders"; the PDF title and the XHTML
     * title. The topic is left out when the routine's title already says it.
     */
    public static String title(Messages m, Publication p) {
        return title(m, p.routine(), what(m, p));
    }

    /**
     * A title for a document of kind {@code what} made from the routine, such as a patient's pack.
     * The topic is left out when the routine's title already names it.
     */
    public static String title(Messages m, Routine r, String what) {
        boolean said = lower(r.title()).contains(lower(r.topic()));
        return m.format(said ? "document.title" : "document.titleAbout", "title", r.title(), "level", label(m, r.level()),
                "what", what, "topic", r.topic());
    }

    /** "Exercise handout", "Weekly tracking sheet" or "Exercise booklet". */
    public static String what(Messages m, Publication p) {
        String what = m.text("document." + p.kind().key());
        // Named in the title too, so the large print cannot be mistaken for the standard in a viewer or a list of files.
        return p.variant() == Variant.LARGE ? m.format("document.large", "what", what, "lower", what.toLowerCase(m.locale())) : what;
    }

    private static DocumentView document(Messages m, Publication p, boolean pageNumbers) {
        String orientation = switch (p.kind()) {
            case HANDOUT, BOOKLET -> " portrait";
            case TRACKER -> " landscape";
        };
        return new DocumentView(title(m, p), m.languageTag(), p.paper().cssName() + orientation, pageNumbers,
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
    static List<HandoutView.PictureView> pictures(Messages m, Exercise e) {
        return pictures(m, e, false);
    }

    /** The card's pictures; in large print ({@code large}) as large as a row across the page allows. */
    static List<HandoutView.PictureView> pictures(Messages m, Exercise e, boolean large) {
        record Shown(org.handouts.figures.Stage stage, String src, String alt, double aspect) {
        }
        List<Shown> shown = new ArrayList<>();
        // All stages of a figure share one frame; its shape sizes the drawn pictures.
        Optional<Double> drawnAspect = e.figure().map(f -> Figures.of(Map.of(e.id(), f), NO_COLOURS).aspectRatio(e.id()));
        for (org.handouts.figures.Stage stage : org.handouts.figures.Stage.values()) {
            Optional<Figure> drawn = e.figure().filter(f -> f.find(stage).isPresent());
            Optional<String> drawnAlt = drawn.map(f -> FigureWords.alt(m, f, stage));
            e.findPicture(stage).ifPresentOrElse(
                    p -> shown.add(new Shown(stage, p.file().toUri().toString(), p.alt().or(() -> drawnAlt).orElseThrow(),
                            p.aspect())),
                    () -> drawnAlt.ifPresent(alt -> shown.add(new Shown(stage, Figures.SCHEME + e.id() + "/" + stage.key(),
                            alt, drawnAspect.orElseThrow()))));
        }
        return shown.stream().map(s -> new HandoutView.PictureView(m.text("stage." + s.stage().key()), s.src(), s.alt(),
                large ? Fit.largePictureStyle(s.aspect(), shown.size()) : Fit.pictureStyle(s.aspect()))).toList();
    }

    /** The height in mm of a large-print card's tallest picture. */
    private static double largePictureRowHeight(Exercise e) {
        List<Double> aspects = new ArrayList<>();
        Optional<Double> drawnAspect = e.figure().map(f -> Figures.of(Map.of(e.id(), f), NO_COLOURS).aspectRatio(e.id()));
        for (org.handouts.figures.Stage stage : org.handouts.figures.Stage.values()) {
            Optional<Double> aspect = e.findPicture(stage).map(org.handouts.model.Picture::aspect)
                    .or(() -> drawnAspect.filter(a -> e.figure().flatMap(f -> f.find(stage)).isPresent()));
            aspect.ifPresent(aspects::add);
        }
        return aspects.stream().mapToDouble(a -> Fit.largePictureHeight(a, aspects.size())).max().orElse(0);
    }

    /** Posing a figure to learn its shape needs no colours. */
    private static final Palette NO_COLOURS = new Palette(0, 0);

    private static AdviceView advice(Advice a) {
        return new AdviceView(a.title(), a.intro().orElse(""), a.points());
    }

    /** "Sitting", or "Sitting or standing" for an exercise that can be done either way. */
    static String positionLabel(Messages m, List<org.handouts.model.Position> positions) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < positions.size(); i++) {
            String label = label(m, positions.get(i));
            labels.add(i == 0 ? label : label.toLowerCase(m.locale()));
        }
        return m.or(labels);
    }

    private static String equipment(Messages m, List<Equipment> equipment) {
        if (equipment.isEmpty()) return "";
        return m.format("handout.equipment", "list", m.and(equipment.stream().map(Equipment::words).toList()));
    }

    /** Every source the routine's exercises and advice name, in the order they are first used. */
    static List<String> sources(Messages m, Library library, Routine routine) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(routine.stopIf(), routine.warmUp()).map(library::requireAdvice).forEach(a -> ids.addAll(a.sources()));
        routine.items().forEach(i -> ids.addAll(library.requireExercise(i.exerciseId()).sources()));
        Stream.concat(Stream.of(routine.coolDown()), routine.advice().stream()).map(library::requireAdvice)
                .forEach(a -> ids.addAll(a.sources()));
        return ids.stream().map(library::requireSource).map(s -> cite(m, s)).toList();
    }

    private static String cite(Messages m, Source s) {
        return s.note().map(n -> m.format("handout.sourceWithNote", "publisher", s.publisher(), "title", s.title(), "note", n))
                .orElseGet(() -> m.format("handout.source", "publisher", s.publisher(), "title", s.title()));
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
