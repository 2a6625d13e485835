package org.handouts.figures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The geometry of posed figures: fixed bones, connected joints, the floor, the box. */
class FiguresTest {
    static final Palette PALETTE = new Palette(0x0f4c5c, 0xe07a2e);

    static Figure figure(Pose start, Pose end, Prop... props) {
        return new Figure(View.SIDE, false, List.of(props), Map.of(Stage.START, start, Stage.END, end), Optional.empty());
    }

    static Pose pose(Posture base, List<Setting> settings, Part... floor) {
        return new Pose(base, settings, List.of(floor));
    }

    /** Random angles within every joint's limits. */
    static List<Setting> randomAngles(Random random) {
        List<Setting> out = new ArrayList<>();
        for (Joint j : Joint.values()) {
            for (Joint.Movement m : j.movements()) {
                Joint.Range r = j.range(m).orElseThrow();
                out.add(new Setting(j, m, r.min() + random.nextDouble() * (r.max() - r.min())));
            }
        }
        return out;
    }

    private static double length(Skeleton.Body b, Skeleton.Point from, Skeleton.Point to) {
        return b.at(to).minus(b.at(from)).length();
    }

    @Test
    void boneLengthsStayTheSameWhateverThePose() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            Posture base = Posture.values()[i % Posture.values().length];
            Skeleton.Body b = Skeleton.pose(base.frame(), pose(base, randomAngles(random)).angles());
            for (String side : List.of("LEFT_", "RIGHT_")) {
                assertThat(length(b, p(side + "HIP"), p(side + "KNEE"))).isCloseTo(Skeleton.THIGH, within(1e-9));
                assertThat(length(b, p(side + "KNEE"), p(side + "ANKLE"))).isCloseTo(Skeleton.SHIN, within(1e-9));
                assertThat(length(b, p(side + "SHOULDER"), p(side + "ELBOW"))).isCloseTo(Skeleton.UPPER_ARM, within(1e-9));
                assertThat(length(b, p(side + "ELBOW"), p(side + "WRIST"))).isCloseTo(Skeleton.FOREARM, within(1e-9));
                assertThat(length(b, p(side + "WRIST"), p(side + "FINGERS"))).isCloseTo(Skeleton.HAND, within(1e-9));
            }
            assertThat(length(b, Skeleton.Point.HIPS, Skeleton.Point.LOWER_BACK)).isCloseTo(Skeleton.PELVIS, within(1e-9));
            assertThat(length(b, Skeleton.Point.LOWER_BACK, Skeleton.Point.UPPER_BACK)).isCloseTo(Skeleton.LOWER_BACK, within(1e-9));
            assertThat(length(b, Skeleton.Point.UPPER_BACK, Skeleton.Point.NECK_BASE)).isCloseTo(Skeleton.UPPER_BACK, within(1e-9));
            assertThat(length(b, Skeleton.Point.LEFT_HIP, Skeleton.Point.RIGHT_HIP)).isCloseTo(2 * Skeleton.HIP_HALF_WIDTH, within(1e-9));
        }
    }

    private static Skeleton.Point p(String name) {
        return Skeleton.Point.valueOf(name);
    }

    @Test
    void bonesOfALimbMeetAtTheirJoints() {
        Skeleton.Body b = Skeleton.pose(Posture.ALL_FOURS.frame(), pose(Posture.ALL_FOURS, randomAngles(new Random(7))).angles());
        List<Part[]> chains = List.of(new Part[] {Part.LEFT_UPPER_ARM, Part.LEFT_FOREARM, Part.LEFT_HAND},
                new Part[] {Part.RIGHT_THIGH, Part.RIGHT_SHIN, Part.RIGHT_FOOT});
        for (Part[] chain : chains) {
            for (int i = 1; i < chain.length; i++) {
                Vec end = Drawing.capsules(b, chain[i - 1]).get(0).b();
                Vec start = Drawing.capsules(b, chain[i]).get(0).a();
                assertThat(end.minus(start).length()).as(chain[i - 1] + " meets " + chain[i]).isLessThan(1e-9);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Posture.class)
    void everyBasePostureRestsOnItsFloorContactsWithNothingThroughTheFloor(Posture posture) {
        Pose pose = pose(posture, List.of());
        assertThat(Figures.check(figure(pose, pose))).isEmpty();
    }

    @Test
    void aDeclaredContactThatDoesNotReachTheFloorIsAnIssueAtThatPosesFloor() {
        Pose lying = pose(Posture.LYING_ON_BACK, List.of(), Part.HEAD, Part.UPPER_BACK, Part.PELVIS, Part.LEFT_HAND);
        assertThat(Figures.check(figure(lying, pose(Posture.LYING_ON_BACK, List.of())))).singleElement().satisfies(i -> {
            assertThat(i.field()).isEqualTo("start.floor");
            assertThat(i.message()).startsWith("left-hand should touch the floor but is 5.7 units");
            assertThat(i.hint()).contains("left-shoulder, elbow or wrist angles");
        });
    }

    @Test
    void aPartBelowTheFloorIsAnIssue() {
        Pose kneelingOnFeet = pose(Posture.STANDING, List.of(), Part.LEFT_KNEE, Part.RIGHT_KNEE);
        List<Issue> issues = Figures.check(figure(pose(Posture.STANDING, List.of()), kneelingOnFeet));
        assertThat(issues).extracting(Issue::field).containsOnly("end.floor");
        assertThat(issues).extracting(Issue::message).contains("left-heel goes 24.3 units (1/100 of the body's height) through the floor");
    }

    @Test
    void aCushionMustFitBetweenTheFloorAndItsPart() {
        Pose standing = pose(Posture.STANDING, List.of());
        assertThat(Figures.check(figure(standing, standing, new Prop(Prop.Kind.CUSHION, List.of(Part.HEAD)))))
                .extracting(Issue::field, Issue::message).contains(
                        org.assertj.core.groups.Tuple.tuple("props[1]", "the cushion under head in the start pose would be 88.5 thick; it must be 1.5 to 16"));
        Pose lifted = pose(Posture.LYING_ON_BACK, List.of(new Setting(Joint.NECK, Joint.Movement.BEND, 15)));
        assertThat(Figures.check(figure(lifted, lifted, new Prop(Prop.Kind.CUSHION, List.of(Part.HEAD))))).isEmpty();
    }

    /** A canvas that records where it draws and what it fills or strokes. */
    static final class Recorder implements Canvas {
        final double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        final List<double[]> points = new ArrayList<>();
        final List<Integer> colours = new ArrayList<>();
        int paints;

        @Override
        public void moveTo(double x, double y) {
            points.add(new double[] {x, y});
        }

        @Override
        public void lineTo(double x, double y) {
            points.add(new double[] {x, y});
        }

        @Override
        public void curveTo(double x1, double y1, double x2, double y2, double x3, double y3) {
            points.add(new double[] {x3, y3});
        }

        @Override
        public void closePath() {
        }

        @Override
        public void stroke(int rgb, double width) {
            for (double[] p : points) grow(p, width / 2);
            finish(rgb);
        }

        @Override
        public void fill(int rgb) {
            for (double[] p : points) grow(p, 0);
            finish(rgb);
        }

        private void grow(double[] p, double pad) {
            box[0] = Math.min(box[0], p[0] - pad);
            box[1] = Math.min(box[1], p[1] - pad);
            box[2] = Math.max(box[2], p[0] + pad);
            box[3] = Math.max(box[3], p[1] + pad);
        }

        private void finish(int rgb) {
            points.clear();
            colours.add(rgb);
            paints++;
        }
    }

    @ParameterizedTest
    @EnumSource(View.class)
    void everyStageStaysInsideItsBoxAndStandsOnItsBottomEdge(View view) {
        Pose start = pose(Posture.LYING_ON_BACK_KNEES_BENT, List.of());
        Pose end = pose(Posture.LYING_ON_BACK_KNEES_BENT, List.of(new Setting(Joint.RIGHT_HIP, Joint.Movement.BEND, 110)),
                Part.HEAD, Part.UPPER_BACK, Part.PELVIS, Part.LEFT_FOOT);
        Map<Stage, Pose> poses = new EnumMap<>(Stage.class);
        poses.put(Stage.START, start);
        poses.put(Stage.END, end);
        Figure f = new Figure(view, true, List.of(new Prop(Prop.Kind.MAT, List.of())), poses,
                Optional.of(new Arrow(Part.RIGHT_KNEE, true, Stage.START, 0, 5)));
        Figures figures = Figures.of(Map.of("x", f), PALETTE);
        for (Stage stage : f.stages()) {
            Recorder r = new Recorder();
            figures.draw(new Figures.Request("x", stage), r, 200, 120);
            assertThat(r.paints).isGreaterThan(20);
            assertThat(r.box[0]).isGreaterThanOrEqualTo(-1e-6);
            assertThat(r.box[1]).isGreaterThanOrEqualTo(-1e-6);
            assertThat(r.box[2]).isLessThanOrEqualTo(200 + 1e-6);
            assertThat(r.box[3]).isCloseTo(120, within(1e-6));
            assertThat(r.colours).as("body colour").contains(0x0f4c5c);
            assertThat(r.colours.contains(0xe07a2e)).as("the arrow, in the accent colour, only on the start").isEqualTo(stage == Stage.START);
        }
    }

    @Test
    void farLimbsAreLighterByMixingWithWhiteNotTransparency() {
        assertThat(PALETTE.rgb(Palette.Ink.FAR)).isEqualTo(Palette.mix(0x0f4c5c, 0xffffff, 0.5)).isEqualTo(0x87a6ae);
        Pose standing = pose(Posture.STANDING, List.of());
        Recorder side = new Recorder();
        Figures.of(Map.of("s", figure(standing, standing)), PALETTE).draw(new Figures.Request("s", Stage.START), side, 100, 100);
        assertThat(side.colours).contains(0x87a6ae);
        Recorder front = new Recorder();
        Figure facing = new Figure(View.FRONT, false, List.of(), Map.of(Stage.START, standing, Stage.END, standing), Optional.empty());
        Figures.of(Map.of("s", facing), PALETTE).draw(new Figures.Request("s", Stage.START), front, 100, 100);
        assertThat(front.colours).as("seen from the front, neither arm is the far one").doesNotContain(0x87a6ae);
    }

    @Test
    void figureUrisNameAnExerciseAndAStage() {
        assertThat(Figures.findRequest("figure:knee-rolls/start")).contains(new Figures.Request("knee-rolls", Stage.START));
        assertThat(Figures.findRequest("figure:knee-rolls/end")).contains(new Figures.Request("knee-rolls", Stage.END));
        assertThat(Figures.findRequest("figure:Knee-rolls/start")).isEmpty();
        assertThat(Figures.findRequest("figure:../x/start")).isEmpty();
        assertThat(Figures.findRequest("figure:knee-rolls/finish")).isEmpty();
        assertThat(Figures.findRequest("file:///etc/passwd")).isEmpty();
    }

    @Test
    void aMovementTooSmallToSeeStillGetsAVisibleArrowAndNoMovementIsAnIssue() {
        Pose start = pose(Posture.LYING_ON_BACK_KNEES_BENT, List.of());
        Figure still = new Figure(View.SIDE, false, List.of(), Map.of(Stage.START, start, Stage.END, start),
                Optional.of(new Arrow(Part.HEAD, true, Stage.START, 0, 0)));
        assertThat(Figures.check(still)).singleElement().extracting(Issue::field).isEqualTo("arrow");
    }
}
