#pragma once

// A plain CSV table (comma separated, no quoting, "#" comment lines, blank lines
// skipped) that remembers each cell's line and column, so a measurement file's
// problems can be reported where they are. Internal to core.

#include <optional>
#include <string>
#include <vector>

#include "calibration/measurements.h"

namespace moe::detail {

struct CsvCell {
    std::string text;  // trimmed of spaces and tabs
    int column = 0;    // 1-based, where the cell starts
};

struct CsvRow {
    int line = 0;
    std::vector<CsvCell> cells;
};

struct CsvTable {
    std::string file;
    CsvRow header;
    std::vector<CsvRow> rows;

    // The index of a header name, or nothing.
    std::optional<std::size_t> column(const std::string& name) const;
    [[noreturn]] void fail(const CsvRow& row, std::size_t cell, const std::string& message) const;
};

// Splits `text`; throws MeasurementError when a row has another number of cells than
// the header, a cell holds a quote, or a header name repeats.
CsvTable readCsv(const std::string& text, const std::string& file);

// A cell as a finite number above zero; throws naming the cell otherwise. `what`
// names the column in the message.
double positiveNumber(const CsvTable& table, const CsvRow& row, std::size_t cell, const std::string& what);
// A cell as a whole number from 1 up.
std::int64_t positiveInteger(const CsvTable& table, const CsvRow& row, std::size_t cell, const std::string& what);

} // namespace moe::detail
