package org.handouts.languages;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every message a bundle must hold, with the arguments the program passes to it. A bundle that
 * lacks one of these keys, or whose pattern uses an argument not listed here, is refused when it
 * is read, so a translation can never print a gap or a raw {name}.
 */
public final class Keys {
    /** Key, then the names of its arguments. */
    private static final String SPEC = """
            document.handout
            document.tracker
            document.booklet
            document.pack
            document.title title level what
            document.titleAbout title level what topic
            document.subject what topic level
            document.keyword
            document.page page pages
            document.largePrint
            document.large what lower
            handout.programme
            handout.forWhom
            handout.howOften
            handout.howOftenText frequency
            handout.minutes minutes
            handout.exercises
            handout.alsoCalled names
            handout.whatItDoes
            handout.startPosition
            handout.steps
            handout.howMuch
            handout.tips
            handout.continued
            handout.takeCare
            handout.equipment list
            handout.keepingItUp
            handout.readyToMoveUp
            handout.nextRoutine routine
            handout.sources
            handout.source publisher title
            handout.sourceWithNote publisher title note
            programme.week week weeks
            programme.weekPair first last weeks
            programme.weekRange first last weeks
            programme.stage weeks stage stages
            tracker.name
            tracker.weekStarting
            tracker.exercise
            tracker.painToday
            tracker.writeScore
            tracker.notes
            tracker.howDidItGo
            tracker.key
            tracker.keyTick
            tracker.keySides
            tracker.keyPain
            tracker.continues
            tracker.left
            tracker.right
            tracker.heading
            tracker.yourWeek title
            days.monday
            days.tuesday
            days.wednesday
            days.thursday
            days.friday
            days.saturday
            days.sunday
            daysShort.monday
            daysShort.tuesday
            daysShort.wednesday
            daysShort.thursday
            daysShort.friday
            daysShort.saturday
            daysShort.sunday
            date.long date
            date.medium date
            date.short date
            date.range from to
            cover.title
            cover.preparedFor
            cover.reference
            cover.preparedBy
            cover.starting
            cover.length
            cover.nextReview
            cover.plan
            cover.weeks
            cover.dates
            cover.routine
            cover.notes
            cover.howTo
            cover.howTo1
            cover.howTo2
            cover.howTo3
            cover.scan
            cover.lengthWeeks weeks
            cover.week week
            cover.weekRange first last
            cover.added names
            cover.dose name dose
            dose.range min max
            dose.rangeCompact min max
            dose.times n range
            dose.repeat times
            dose.repeatAlternating times
            dose.repeatEach times
            dose.hold amount
            dose.keepGoing amount
            dose.keepGoingAlternating amount
            dose.keepGoingEach amount
            dose.sets sets
            dose.howOften frequency
            dose.seconds n range
            dose.minutes n range
            dose.breaths n range
            dose.deepBreaths n range
            compact.times n range
            compact.alternating times
            compact.eachSide what
            compact.hold amount
            compact.seconds range
            compact.minutes range
            compact.breaths n range
            compact.sets sets
            frequency.daily
            frequency.twice-daily
            frequency.most-days
            frequency.three-times-a-week
            position.lying-on-back
            position.lying-on-front
            position.side-lying
            position.all-fours
            position.kneeling
            position.sitting
            position.standing
            category.mobility
            category.stretch
            category.strength
            category.aerobic
            level.beginner
            level.standard
            level.strengthening
            stage.start
            stage.middle
            stage.end
            figure.alt stage description
            posture.standing
            posture.lying-on-back
            posture.lying-on-back-knees-bent
            posture.lying-on-front
            posture.side-lying
            posture.all-fours
            posture.kneeling
            posture.sitting
            prop.mat
            prop.cushion part
            prop.book part
            prop.pillowUnder part
            prop.pillowBetween part
            prop.chair
            prop.wall
            prop.door-frame
            prop.weights
            part.head
            part.upper-back
            part.lower-back
            part.pelvis
            part.left-shoulder
            part.right-shoulder
            part.left-upper-arm
            part.right-upper-arm
            part.left-elbow
            part.right-elbow
            part.left-forearm
            part.right-forearm
            part.left-hand
            part.right-hand
            part.left-thigh
            part.right-thigh
            part.left-knee
            part.right-knee
            part.left-shin
            part.right-shin
            part.left-foot
            part.right-foot
            part.left-heel
            part.right-heel
            part.left-toes
            part.right-toes
            part.shoulders
            part.upper-arms
            part.elbows
            part.forearms
            part.hands
            part.thighs
            part.knees
            part.shins
            part.feet
            part.heels
            part.toes
            joint.pelvis
            joint.lower-back
            joint.upper-back
            joint.neck
            joint.left-shoulder
            joint.right-shoulder
            joint.left-elbow
            joint.right-elbow
            joint.left-wrist
            joint.right-wrist
            joint.left-hip
            joint.right-hip
            joint.left-knee
            joint.right-knee
            joint.left-ankle
            joint.right-ankle
            joint.shoulders
            joint.elbows
            joint.wrists
            joint.hips
            joint.knees
            joint.ankles
            movement.bend joints count
            movement.side joints count
            movement.twist joints count
            pack.bookmarkCover
            pack.bookmarkHandout routine programme
            pack.bookmarkWeek week date
            pack.routine title level
            pack.then first next
            pack.title plan
            pack.subject topics stages weeks
            pack.keyword
            pack.blankPage
            web.skip
            web.contents
            web.logoAlt brand
            index.title brand
            index.kind
            index.heading topic
            index.headingMany
            index.lead
            index.handout
            index.tracker
            index.booklet
            index.largeHandout
            index.largeTracker
            index.pdf what
            index.pdfPaper what paper
            """;

    /** Each key with the names of its arguments, in the order of the English bundle. */
    public static final Map<String, List<String>> ALL = parse(SPEC);

    private Keys() {
    }

    private static Map<String, List<String>> parse(String spec) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String line : spec.strip().split("\n")) {
            String[] words = line.strip().split("\\s+");
            keys.put(words[0], List.copyOf(Arrays.asList(words).subList(1, words.length)));
        }
        return java.util.Collections.unmodifiableMap(keys);
    }
}
