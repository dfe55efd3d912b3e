#pragma once

// The undoable edits of ExplorerState: the value before and after one edit, either
// the whole profile or only its strategy (the fast path of the strategy sliders).
// Edits of one parameter inside one gesture (a slider drag) merge into one command,
// so a drag is undone in one step; a merged edit that ends where it began removes
// itself from the history.

#include <QUndoCommand>

#include "profile/profile.h"

namespace moe::ui {

class ExplorerState;

// Whether two profiles hold the same document: what an edit that changes nothing is.
bool sameProfile(const Profile& a, const Profile& b);

template <typename Value>
class EditCommand final : public QUndoCommand {
public:
    // `gesture` 0: not part of a gesture, never merged.
    EditCommand(ExplorerState& state, Value before, Value after, const QString& text, int mergeKey, quint64 gesture);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    void apply(const Value& value);

    ExplorerState& m_state;
    Value m_before;
    Value m_after;
    int m_mergeKey;
    quint64 m_gesture;
};

using ProfileEditCommand = EditCommand<Profile>;
using StrategyEditCommand = EditCommand<Strategy>;

extern template class EditCommand<Profile>;
extern template class EditCommand<Strategy>;

} // namespace moe::ui
