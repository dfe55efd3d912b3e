#pragma once

// Writes the design-review report (core/report.h) with its charts embedded:
// Markdown (charts as PNG files beside it, named after it), self-contained HTML
// (charts inline as data URIs), or PDF through QTextDocument and QPdfWriter.

#include <QString>

#include <optional>

#include "profile.h"
#include "report.h"

namespace moe::ui {

std::optional<QString> exportReport(const Profile& profile, const QString& path, const ReportInputs& inputs = {});

} // namespace moe::ui
