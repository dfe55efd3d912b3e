#include "document/editcommands.h"

#include "document/explorerstate.h"
#include "profile/profileio.h"

namespace moe::ui {

bool sameProfile(const Profile& a, const Profile& b)
{
    // The measured routing tables are compared as numbers, and the rest as the file
    // would hold it: converting a 15 MB table to JSON twice at every edit froze the
    // window (issue 11, point 7).
    if (a.workload.routing.loads != b.workload.routing.loads) {
        return false;
    }
    // The documents as read hold the keys this version does not know; copies share one.
    if (a.source != b.source && !(a.source && b.source && *a.source == *b.source)) {
        return false;
    }
    Profile lightA = a;
    Profile lightB = b;
    lightA.workload.routing.loads.clear();
    lightB.workload.routing.loads.clear();
    lightA.source.reset();
    lightB.source.reset();
    return profileToJson(lightA) == profileToJson(lightB);
}

namespace {

bool same(const Profile& a, const Profile& b)
{
    return sameProfile(a, b);
}

bool same(const Strategy& a, const Strategy& b)
{
    return a == b;
}

} // namespace

template <typename Value>
EditCommand<Value>::EditCommand(ExplorerState& state, Value before, Value after, const QString& text, int mergeKey,
                                quint64 gesture)
    : QUndoCommand(text)
    , m_state(state)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
    , m_gesture(gesture)
{
}

template <typename Value>
void EditCommand<Value>::undo()
{
    apply(m_before);
}

template <typename Value>
void EditCommand<Value>::redo()
{
    apply(m_after);
}

template <typename Value>
int EditCommand<Value>::id() const
{
    return m_gesture != 0 && m_mergeKey >= 0 ? m_mergeKey : -1;
}

// QUndoStack offers only the newest command for merging, and only when its id
// matches: an edit of another parameter in between closes the merge window, and so
// does the end of the gesture (the next one has another number).
template <typename Value>
bool EditCommand<Value>::mergeWith(const QUndoCommand* other)
{
    const auto* next = dynamic_cast<const EditCommand*>(other);
    if (next == nullptr || m_gesture == 0 || next->m_gesture != m_gesture || next->m_mergeKey != m_mergeKey) {
        return false;
    }
    m_after = next->m_after;
    setText(next->text());
    setObsolete(same(m_before, m_after));
    return true;
}

template <typename Value>
void EditCommand<Value>::apply(const Value& value)
{
    if constexpr (std::is_same_v<Value, Strategy>) {
        m_state.applyStrategy(value);
    } else {
        m_state.applyProfile(value);
    }
}

template class EditCommand<Profile>;
template class EditCommand<Strategy>;

} // namespace moe::ui
