#pragma once

// Writes the design-review report (core/report/report.h) with its charts embedded:
// Markdown (charts as PNG files beside it, named after it, replaced together with it), self-contained HTML
// (charts inline as data URIs), or PDF through QTextDocument and QPdfWriter.

#include <QString>

#include <optional>

#include "profile/profile.h"
#include "report/report.h"

namespace moe::ui {

// What is wrong with the report's file name (a suffix other than .md, .html or .pdf),
// or nothing.
std::optional<QString> checkReportPath(const QString& path);
// Writes a built report of `profile` with its charts. On the GUI thread only: the
// charts are drawn by widgets. buildReport() (which searches) may run anywhere.
std::optional<QString> writeReport(const Report& report, const Profile& profile, const QString& path);
// checkReportPath(), buildReport() and writeReport() in turn.
std::optional<QString> exportReport(const Profile& profile, const QString& path, const ReportInputs& inputs = {});

} // namespace moe::ui
