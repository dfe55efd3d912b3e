#pragma once

// The title block every exported chart carries (issue 12, point 10), so a PNG pasted
// into a review stands alone: what is drawn and for which profile, the strategy
// (TP/PP/DP/EP/ETP), the mode and workload, and the date it was made. Drawn by the
// exporter above the view, the same in PNG, SVG and PDF.

#include <QDate>
#include <QRect>
#include <QString>

#include "profile/profile.h"

class QPainter;

namespace moe::ui {

struct ExportTitleBlock {
    QString heading;  // "GPU grid: DeepSeek-V3 training"
    QString details;  // "TP 1 · PP 16 · DP 32 · EP 64 · ETP 1 · training, ... · 2026-11-30"
};

// "TP 2 · PP 4 · DP 8 · EP 16 · ETP 1".
QString strategyCaption(const Strategy& strategy);
// The mode with what sizes it: "training, global batch 128 x 4,096 tokens, 8 micro-batches".
QString workloadCaption(const Workload& workload);
ExportTitleBlock makeTitleBlock(const QString& heading, const Profile& profile, QDate date = QDate::currentDate());

// Height the block takes at `width` logical pixels (its text wraps, never elides).
int titleBlockHeight(const ExportTitleBlock& block, int width);
// Draws the block at the top of `target` and returns the rest of `target` below it.
QRect paintTitleBlock(QPainter& painter, const QRect& target, const ExportTitleBlock& block);

} // namespace moe::ui
