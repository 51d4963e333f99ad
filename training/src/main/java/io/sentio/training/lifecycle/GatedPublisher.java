package io.sentio.training.lifecycle;

import io.sentio.core.model.Classifier;
import io.sentio.core.model.ModelBundle;
import io.sentio.core.store.AliasRecord;
import io.sentio.core.store.ModelStore;
import io.sentio.core.store.StoreException;
import io.sentio.training.prepare.Review;
import java.util.List;
import java.util.Optional;

/**
 * Gate, publish, promote: the candidate is scored against the model the alias points at, stored as
 * a new version with the decision already in its manifest (a version is never visible without it),
 * and the alias moves only when the gate passed. A refused candidate stays in the store for
 * inspection.
 */
public final class GatedPublisher {
    private final QualityGate gate;
    private final String actor;

    /** @param actor who moves the alias, for its history */
    public GatedPublisher(QualityGate gate, String actor) {
        this.gate = gate;
        this.actor = actor;
    }

    /** The verified, loaded model of the alias record, if the alias exists. */
    private static Optional<QualityGate.LiveModel> live(ModelStore store, Optional<AliasRecord> alias) {
        return alias.map(AliasRecord::version)
                .map(version -> new QualityGate.LiveModel(version, new Classifier(store.load(version).open())));
    }

    /**
     * The alias moves only if it still is where it was when the gate ran: a move in between (another
     * retrain, a person's promotion) is kept, and this promotion fails with {@link PromotionFailed}.
     */
    public Outcome publish(ModelStore store, String alias, ModelBundle candidate, List<Review> heldOut,
            String heldOutDescription) {
        Optional<AliasRecord> judgedAgainst = store.alias(alias);
        Optional<QualityGate.LiveModel> live = live(store, judgedAgainst);
        QualityGate.Verdict verdict = gate.judge(new Classifier(candidate.open()), live, heldOut, heldOutDescription);
        int version = store.publish(candidate.withManifest(candidate.manifest().withGate(verdict.decision())));
        Optional<AliasRecord> moved = Optional.empty();
        if (verdict.decision().promoted()) {
            try {
                moved = Optional.of(store.moveAlias(alias, version, actor, "quality gate passed: "
                        + QualityGate.describe(verdict.decision()), judgedAgainst));
            } catch (RuntimeException e) {
                throw new PromotionFailed(version, alias, e);
            }
        }
        return new Outcome(version, verdict, live.map(QualityGate.LiveModel::version), moved);
    }

    /** The candidate passed and was stored, but the alias could not be moved to it. */
    public static final class PromotionFailed extends StoreException {
        private final int version;

        PromotionFailed(int version, String alias, RuntimeException cause) {
            super("version " + version + " passed the gate and was stored, but alias '" + alias
                    + "' could not be moved to it: " + cause.getMessage(), cause);
            this.version = version;
        }

        public int version() {
            return version;
        }
    }

    /**
     * @param version    the candidate's new version number
     * @param liveBefore where the alias pointed when the gate ran
     * @param moved      the alias record after the move; empty when the gate refused
     */
    public record Outcome(int version, QualityGate.Verdict verdict, Optional<Integer> liveBefore,
            Optional<AliasRecord> moved) {
        public boolean promoted() {
            return verdict.decision().promoted();
        }

        public Optional<Integer> liveAfter() {
            return promoted() ? Optional.of(version) : liveBefore;
        }
    }
}
