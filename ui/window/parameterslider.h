#pragma once

// A slider paired with a spin box over a list of legal values. The slider snaps to
// the list; the spin box accepts any value in range, so a user can type an illegal
// one and see it explained rather than silently corrected. An illegal value offers the
// nearest legal values below and above it as buttons (EP 3: "2", "4"), one click each.

#include <QWidget>

#include <vector>

class QLabel;
class QToolButton;
class QSlider;
class QSpinBox;

namespace moe::ui {

class WrappedLabel;

class ParameterSlider : public QWidget {
    Q_OBJECT

public:
    ParameterSlider(const QString& name, const QString& toolTip, QWidget* parent = nullptr);

    // The parameter's name without its mnemonic, for undo texts ("EP").
    QString name() const { return m_name; }
    // The glossary anchor F1 opens for this slider (Help > Getting Started); empty: none.
    QString glossaryTerm() const { return m_glossaryTerm; }
    void setGlossaryTerm(const QString& anchor);

    // What the slider's values are: the legal ones (a long range thinned to round
    // values), or only convenient steps of a parameter that takes any value.
    enum class Values { Legal, Steps };
    // Shows `current` (added to the list if missing) and the range; `currentLegal` comes
    // from the rules, not from the list, which may be thinned.
    void setValues(std::vector<qint64> values, qint64 current, bool currentLegal, Values kind = Values::Legal);
    // Whether setValues() offers the nearest legal values for an illegal one.
    void setOffersNearest(bool offers) { m_offersNearest = offers; }
    qint64 value() const { return m_current; }
    const std::vector<qint64>& legalValues() const { return m_values; }
    QSlider* slider() const { return m_slider; }
    QSpinBox* spinBox() const { return m_spin; }
    QString rangeText() const;
    // The nearest legal values offered for an illegal one: empty, one or two buttons.
    QList<QToolButton*> suggestions() const;

Q_SIGNALS:
    // Only for the user's own moves, never for setValues().
    void valueChosen(qint64 value);
    // The slider's handle was pressed and released: the moves in between are one drag.
    void dragStarted();
    void dragFinished();

private:
    void onSliderMoved(int index);
    void onSpinChanged(int value);
    void showSuggestions(const std::vector<qint64>& legal, qint64 current, bool offer);

    QSlider* m_slider;
    QSpinBox* m_spin;
    QLabel* m_label;
    QString m_toolTip;
    QString m_glossaryTerm;
    WrappedLabel* m_range;
    QWidget* m_suggest;  // "nearest legal:" and its buttons
    QToolButton* m_below;
    QToolButton* m_above;
    QString m_name;
    std::vector<qint64> m_values;  // what the slider's positions stand for
    qint64 m_current = 0;
    bool m_offersNearest = true;
};

} // namespace moe::ui
