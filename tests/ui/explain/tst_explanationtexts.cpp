// The Explain dock's substituted formulas and sources are translated through
// catalogues of core's texts (explain/explanationtexts.h): every template with words
// and every source that core writes for a built-in profile, in every mode, for the
// summary and for single GPUs, must be in them, so that a text changed in core fails
// here instead of showing English on a translated screen. Numbers keep core's digits
// and take the locale's separators (CLDR: German ',' decimal mark, '.' groups).

#include <QTest>

#include <string>

#include "builtinexplanations.h"
#include "explain/explanationtexts.h"

using namespace moe;
using namespace moe::ui;

class TestExplanationTexts : public QObject {
    Q_OBJECT

    static void checkCatalogued(const std::vector<Explanation>& explanations, const std::string& where, int* worded)
    {
        for (const Explanation& e : explanations) {
            const std::string pattern = valuesTemplate(e.values);
            if (valuesNeedWords(pattern)) {
                ++*worded;
                QVERIFY2(isCataloguedValues(pattern), qPrintable(QString::fromStdString(where + ", " + e.key + ": " + pattern)));
            }
            QVERIFY2(e.source.empty() || isCataloguedSource(e.source),
                     qPrintable(QString::fromStdString(where + ", " + e.key + ": " + e.source)));
        }
    }

private Q_SLOTS:
    void everyBuiltinTextIsCatalogued()
    {
        int worded = 0;
        for (const test::BuiltinExplanations& texts : test::builtinExplanations()) {
            checkCatalogued(texts.explanations, texts.where, &worded);
        }
        // The seed alone has six worded templates (explain builtin:seed --explain).
        QVERIFY(worded > 6);
    }

    // Templates are the text with each number as a placeholder, numbers inside names
    // ("FP8", "a2a") kept; only words a reader needs translated ask for a catalogue.
    void templates()
    {
        QCOMPARE(valuesTemplate("16 layers, 8192 assignments per layer (group tokens 131072 x k 2)"),
                 std::string("%1 layers, %2 assignments per layer (group tokens %3 x k %4)"));
        QCOMPARE(valuesTemplate("16 x max(6.18475e+11 / 2e+14, 1.6e+12)"), std::string("%1 x max(%2 / %3, %4)"));
        QCOMPARE(valuesTemplate("FP8 a2a 0 x 2^30"), std::string("FP8 a2a %1 x %2^%3"));
        QVERIFY(!valuesNeedWords("%1 x max(%2 / %3, %4)"));
        QVERIFY(!valuesNeedWords("GPU %1"));
        QVERIFY(!valuesNeedWords("top-k %1"));
        QVERIFY(valuesNeedWords("%1 x (%2 + %3) with sharding off"));
    }

    // The numbers take the locale's form, the words the catalogue's, and a text the
    // catalogue lacks keeps its words with the numbers localised.
    void numbersInTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        const QString values = valuesText("16 layers, 8192 assignments per layer (group tokens 131072 x k 2)");
        const QString symbols = valuesText("0.225572 + 0.0202927 + 0 - 1.34218e+08");
        const QString unknown = valuesText("a text core never wrote 0.5");
        QLocale::setDefault(QLocale::c());
        // No translator installed: the English words, German numbers (CLDR de: "131.072").
        QCOMPARE(values, QStringLiteral("16 layers, 8.192 assignments per layer (group tokens 131.072 x k 2)"));
        QCOMPARE(symbols, QStringLiteral("0,225572 + 0,0202927 + 0 - 1,34218E+08"));
        QCOMPARE(unknown, QStringLiteral("a text core never wrote 0,5"));
        QCOMPARE(sourceText("a source core never named"), QStringLiteral("a source core never named"));
    }
};

QTEST_MAIN(TestExplanationTexts)
#include "tst_explanationtexts.moc"
