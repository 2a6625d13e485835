package org.handouts.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handouts.model.Position.ALL_FOURS;
import static org.handouts.model.Position.LYING_ON_BACK;
import static org.handouts.model.Position.SITTING;
import static org.handouts.model.Position.STANDING;

class PositionGroupsTest {
    @Test
    void onePositionEachMustNotComeBackAfterLeaving() {
        assertThat(PositionGroups.outOfGroup(List.of(List.of(LYING_ON_BACK), List.of(LYING_ON_BACK), List.of(SITTING))))
                .isEmpty();
        assertThat(PositionGroups.outOfGroup(List.of(List.of(LYING_ON_BACK), List.of(SITTING), List.of(LYING_ON_BACK))))
                .containsExactly(2);
    }

    @Test
    void anExerciseWithSeveralPositionsJoinsWhicheverGroupFits() {
        // standing, (sitting or standing), sitting: the middle one is done standing, or sitting.
        assertThat(PositionGroups.outOfGroup(List.of(List.of(STANDING), List.of(SITTING, STANDING), List.of(SITTING))))
                .isEmpty();
        // (sitting or standing) between two sitting exercises is done sitting.
        assertThat(PositionGroups.outOfGroup(List.of(List.of(SITTING), List.of(SITTING, STANDING), List.of(SITTING),
                List.of(STANDING)))).isEmpty();
    }

    @Test
    void aChoiceMadeEarlyIsRevisedWhenALaterExerciseNeedsIt() {
        // The second can be sitting or standing; only "standing" lets the third (standing) follow
        // without going back, and then the fourth (sitting) is a new group.
        assertThat(PositionGroups.outOfGroup(List.of(List.of(SITTING), List.of(SITTING, STANDING), List.of(STANDING),
                List.of(ALL_FOURS)))).isEmpty();
    }

    @Test
    void everyExerciseThatCannotJoinAGroupIsReportedOnce() {
        assertThat(PositionGroups.outOfGroup(List.of(List.of(SITTING), List.of(STANDING), List.of(SITTING, ALL_FOURS),
                List.of(SITTING), List.of(STANDING)))).containsExactly(3, 4);
        assertThat(PositionGroups.outOfGroup(List.of(List.of(SITTING), List.of(STANDING), List.of(SITTING, LYING_ON_BACK),
                List.of(STANDING)))).containsExactly(3);
    }
}
