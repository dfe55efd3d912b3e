// Core's phrases (base/phrase.h): the English the CLI prints is the template with its
// arguments, each formatted as base/units.h formats it; a translation may reorder
// the placeholders; an argument's own '%' is never read as a placeholder.

#include <QTest>

#include "base/phrase.h"
#include "base/units.h"
#include "model/checkphrase.h"
#include "model/evaluation.h"

using namespace moe;

class TestPhrase : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void substitutesInOnePass()
    {
        // "%2" inside the first argument stays as it is: one pass over the template.
        QCOMPARE(substitutePlaceholders("%1 and %2", {"100%2", "x"}), std::string("100%2 and x"));
        // A translation may put the arguments in another order.
        QCOMPARE(substitutePlaceholders("%2 vor %1", {"a", "b"}), std::string("b vor a"));
        // A '%' not followed by a placeholder's digit is kept; a placeholder without an
        // argument too, so that a missing argument shows rather than vanishes.
        QCOMPARE(substitutePlaceholders("50% of %1, %3", {"x"}), std::string("50% of x, %3"));
    }

    void argumentsFormatAsUnitsDo()
    {
        const Phrase p{"Test", "%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8",
                       {arg::integer(1048576), arg::number(1.25), arg::bytes(43.0 * 1024 * 1024 * 1024), arg::seconds(0.033),
                        arg::rate(533107), arg::percent(0.656), arg::change(1.125), arg::name("TP8")}};
        // Expected strings worked by hand from units.h's comments: integers without
        // separators, six significant digits, one decimal of GiB, three significant
        // digits of ms, grouped tokens/s, one decimal of a percentage, a signed change.
        QCOMPARE(p.english(), std::string("1048576 | 1.25 | 43.0 GiB | 33 ms | 533,107 tokens/s | 65.6% | +12.5% | TP8"));
    }

    void nestedPhrasesConcatenate()
    {
        const Phrase inner{"Test", "%1 GPUs", {arg::integer(160)}};
        const Phrase outer{"Test", "needs %1", {arg::phrases({inner, {"Test", "; %1", {arg::name("more")}}})}};
        QCOMPARE(outer.english(), std::string("needs 160 GPUs; more"));
        QCOMPARE(english({inner, inner}), std::string("160 GPUs160 GPUs"));
    }

    // describeCheck is the check's phrase in English: the CLI's words are unchanged.
    void checkDetailIsItsPhrase()
    {
        Evaluation ev;
        ev.strategy.tp = 2;
        ev.memoryGpu = 5;
        Check memory{CheckKind::Memory, false, 100.0 * 1024 * 1024 * 1024, 80.0 * 1024 * 1024 * 1024};
        QCOMPARE(describeCheck(memory, ev), std::string("100.0 GiB of 80.0 GiB allowed on GPU 5 (over by 20.0 GiB)"));
        QCOMPARE(checkPhrase(memory, ev).english(), describeCheck(memory, ev));
        Check gpus{CheckKind::GpuCount, false, 160, 128};
        QCOMPARE(describeCheck(gpus, ev), std::string("160 of 128 GPUs: not enough GPUs in the cluster"));
    }
};

QTEST_MAIN(TestPhrase)
#include "tst_phrase.moc"
