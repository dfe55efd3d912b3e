#pragma once

// The one shared state of the window: the profile being explored, its evaluation,
// the selected GPU and the undo history of the user's edits. Views observe its
// signals. Every change made through setProfile()/setStrategy() is an undoable
// command (so anything that edits the profile, from a slider to a search result,
// can be undone and marks the document modified); resetProfile() starts a new
// document. Small profiles are evaluated on the GUI thread (a full per-GPU evaluation
// takes well under a millisecond at 16,384 GPUs, docs/benchmarks.md); larger ones on a
// worker thread, the latest request winning: evaluation() keeps the last result until
// the new one lands, and evaluationChanged() comes then (issue 11).

#include <QObject>

#include <functional>
#include <memory>
#include <optional>

#include "model/evaluation.h"
#include "profile/profile.h"
#include "profile/profileio.h"
#include "profile/uncertaintyband.h"

class QFileSystemWatcher;
class QUndoStack;

namespace moe::ui {

class ExplorerState : public QObject {
    Q_OBJECT

public:
    explicit ExplorerState(Profile profile, QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    const Evaluation& evaluation() const { return *m_evaluation; }
    // The same, shared: at 1,048,576 GPUs a copy of the per-GPU list is ~150 MB and
    // tens of milliseconds on the GUI thread, so the grid keeps this instead.
    std::shared_ptr<const Evaluation> sharedEvaluation() const { return m_evaluation; }
    // Why the profile cannot be evaluated (an invalid field or an illegal strategy).
    std::optional<ProfileError> problem() const { return m_problem; }
    qint64 selectedGpu() const { return m_selectedGpu; }
    // An evaluation is running on a worker thread; evaluation() is the previous one.
    bool isEvaluating() const { return m_pending; }
    // Profiles with more GPUs than this, or more measured routing weights than
    // kBackgroundRoutingWeights, are evaluated off the GUI thread. Tests lower it.
    void setBackgroundAbove(qint64 gpus) { m_backgroundAbove = gpus; }
    static constexpr qint64 kBackgroundGpus = 16'384;
    static constexpr qint64 kBackgroundRoutingWeights = 65'536;

    void setSelectedGpu(qint64 gpu);

    // The calibration band of the profile's system (profile/uncertaintyband.h) for the
    // headline and the latency chart. Finding it reads and parses the user system's
    // file, so it is looked up when the profile's system changes (an edit, an undo,
    // another document) or its file does (a watch on the file and its folder; then
    // bandChanged()), not at every slider move.
    const std::optional<UncertaintyBand>& band() const { return m_band; }
    // Where the band comes from: uncertaintyBand() unless a test counts the look-ups.
    using BandSource = std::function<std::optional<UncertaintyBand>(const Profile&)>;
    void setBandSource(BandSource source);

    // Replaces the whole profile, as one undoable edit; every field is validated as a
    // file would be. `text` names the edit in Edit > Undo History. Consecutive edits
    // with the same non-negative `mergeKey` made inside one gesture (see
    // beginGesture()) become one command. An edit that changes nothing records nothing.
    void setProfile(Profile profile, const QString& text = {}, int mergeKey = -1);
    // Changes only the strategy, as one undoable edit: the fast path while a slider moves.
    void setStrategy(const Strategy& strategy, const QString& text = {}, int mergeKey = -1);
    // A gesture is one continuous user action, such as a slider drag from press to
    // release; edits outside a gesture never merge.
    void beginGesture();
    void endGesture();
    // Opens another document (a file, a built-in, the saved file again): the profile
    // is replaced, the undo history is cleared and the new state is the clean one.
    void resetProfile(Profile profile);

    // The history of edits; its clean state is "as saved". Owned by the state.
    QUndoStack* undoStack() const { return m_undo; }
    // Whether the profile differs from the last saved or opened one.
    bool isModified() const;
    // Records the current state as saved.
    void markSaved();
    // Records that no saved file matches the current state (a new document), until
    // markSaved(); undoing every edit does not make it saved either.
    void markUnsaved();

Q_SIGNALS:
    // The profile was replaced or edited; the evaluation follows at once.
    void profileChanged();
    // resetProfile() is opening another document; profileChanged() and
    // evaluationChanged() follow. Views that hold something across edits (the grid's
    // colour scale) let it go here.
    void documentOpening();
    void evaluationChanged();
    void evaluatingChanged(bool evaluating);
    void selectedGpuChanged(qint64 gpu);
    // isModified() changed (an edit, an undo or redo, a save).
    void modifiedChanged(bool modified);
    // band() changed without an edit: the system's file was written, replaced or removed.
    void bandChanged();

private:
    // What the undo commands do and undo: apply a value without recording it.
    template <typename>
    friend class EditCommand;
    void applyProfile(Profile profile);
    void applyStrategy(const Strategy& strategy);
    void reevaluate();
    bool evaluatesInBackground() const;
    void applyEvaluation(Evaluation evaluation);
    void setPending(bool pending);
    // Looks the band up again when the profile names another system than it was found
    // for; lookUpBand() does it regardless and watches the system's file.
    void followBand();
    void lookUpBand();

    Profile m_profile;
    std::shared_ptr<const Evaluation> m_evaluation = std::make_shared<const Evaluation>();
    std::optional<ProfileError> m_problem;
    bool m_invalidFields = false;  // the problem is in a field, not only the strategy
    qint64 m_selectedGpu = 0;
    quint64 m_request = 0;  // the latest evaluation asked for; older results are dropped
    bool m_pending = false;
    qint64 m_backgroundAbove = kBackgroundGpus;
    QUndoStack* m_undo;
    std::optional<UncertaintyBand> m_band;
    std::optional<std::string> m_bandSystem;  // the system the band was looked up for
    BandSource m_bandSource = [](const Profile& p) { return uncertaintyBand(p); };
    QFileSystemWatcher* m_systemWatch;  // the band's system file and its folder
    quint64 m_gesture = 0;       // the open gesture, or 0
    quint64 m_lastGesture = 0;   // gesture numbers are never reused
};

} // namespace moe::ui
