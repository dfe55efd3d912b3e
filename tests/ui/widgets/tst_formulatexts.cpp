// The Explain dock's formulas are translated through a catalogue of core's formulas
// (widgets/formulatexts.h): every formula that core writes for a built-in profile, in
// every mode, for the summary and for single GPUs, must be in it, so that a formula
// changed in core fails here instead of showing English on a translated screen.

#include <QTest>

#include <string>

#include "builtinexplanations.h"
#include "widgets/formulatexts.h"

using namespace moe;
using namespace moe::ui;

class TestFormulaTexts : public QObject {
    Q_OBJECT

    static void checkCatalogued(const std::vector<Explanation>& explanations, const std::string& where)
    {
        for (const Explanation& e : explanations) {
            QVERIFY2(isCataloguedFormula(e.formula), qPrintable(QString::fromStdString(where + ", " + e.key + ": " + e.formula)));
        }
    }

private Q_SLOTS:
    void everyBuiltinFormulaIsCatalogued()
    {
        int explained = 0;
        for (const test::BuiltinExplanations& texts : test::builtinExplanations()) {
            explained += texts.summary ? static_cast<int>(texts.explanations.size()) : 0;
            checkCatalogued(texts.explanations, texts.where);
        }
        QVERIFY(explained > 100);
    }

    // A formula with a number in it matches its catalogue entry with any number, and
    // keeps the number; a formula the catalogue lacks stays as core wrote it.
    void numbersInFormulasAreKept()
    {
        const std::string dispatch
            = "MoE layers x passes x (max(send, receive) over max(intra bytes / NVLink, inter bytes / NIC) + alpha); send = "
              "tokens per GPU x k x ETP x hidden x activation bytes; intra share (peers - 1) / M, inter share (M - peers) / "
              "M (hierarchical dispatch: one copy per remote domain holding one of the token's experts, 2.71066 per token)";
        QVERIFY(isCataloguedFormula(dispatch));
        QCOMPARE(formulaText(dispatch), QString::fromStdString(dispatch));
        QVERIFY(!isCataloguedFormula("a formula core never wrote"));
        QCOMPARE(formulaText("a formula core never wrote"), QStringLiteral("a formula core never wrote"));
    }
};

QTEST_MAIN(TestFormulaTexts)
#include "tst_formulatexts.moc"
