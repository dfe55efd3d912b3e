#include "calibration/csvtable.h"

#include <charconv>
#include <cmath>

namespace moe::detail {

namespace {

std::string trim(const std::string& text, std::size_t& offset)
{
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && (text[begin] == ' ' || text[begin] == '\t')) {
        ++begin;
    }
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r')) {
        --end;
    }
    offset = begin;
    return text.substr(begin, end - begin);
}

CsvRow splitLine(const std::string& line, int number, const std::string& file)
{
    CsvRow row;
    row.line = number;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        const std::string raw = line.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        std::size_t offset = 0;
        CsvCell cell{trim(raw, offset), static_cast<int>(start + offset) + 1};
        if (const auto quote = cell.text.find('"'); quote != std::string::npos) {
            // Quoted cells would let a comma hide inside a value; no measurement needs one.
            throw MeasurementError{{file, number, cell.column + static_cast<int>(quote), {}},
                                   "a quote in a cell; measurement tables hold plain numbers and names, no quoting"};
        }
        row.cells.push_back(std::move(cell));
        if (comma == std::string::npos) {
            break;
        }
        start = comma + 1;
    }
    return row;
}

} // namespace

std::optional<std::size_t> CsvTable::column(const std::string& name) const
{
    for (std::size_t i = 0; i < header.cells.size(); ++i) {
        if (header.cells[i].text == name) {
            return i;
        }
    }
    return std::nullopt;
}

void CsvTable::fail(const CsvRow& row, std::size_t cell, const std::string& message) const
{
    const int column = cell < row.cells.size() ? row.cells[cell].column : 1;
    throw MeasurementError{{file, row.line, column, {}}, message};
}

CsvTable readCsv(const std::string& text, const std::string& file)
{
    CsvTable table;
    table.file = file;
    // Spreadsheets often save CSV with a UTF-8 byte-order mark; it is not part of the
    // first column's name. Columns are still counted from the first character after it.
    std::size_t start = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
    int number = 0;
    bool haveHeader = false;
    while (start <= text.size()) {
        const std::size_t end = text.find('\n', start);
        const std::string line = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        ++number;
        std::size_t offset = 0;
        const std::string content = trim(line, offset);
        if (!content.empty() && content[0] != '#') {
            CsvRow row = splitLine(line, number, file);
            if (!haveHeader) {
                table.header = std::move(row);
                haveHeader = true;
                for (std::size_t i = 0; i < table.header.cells.size(); ++i) {
                    const auto& cell = table.header.cells[i];
                    if (cell.text.empty()) {
                        table.fail(table.header, i, "an empty column name in the header");
                    }
                    for (std::size_t j = 0; j < i; ++j) {
                        if (table.header.cells[j].text == cell.text) {
                            table.fail(table.header, i, "the column \"" + cell.text + "\" appears twice in the header");
                        }
                    }
                }
            } else {
                if (row.cells.size() != table.header.cells.size()) {
                    table.fail(row, std::min(row.cells.size(), table.header.cells.size()),
                               std::to_string(row.cells.size()) + " cells where the header (line "
                                   + std::to_string(table.header.line) + ") has "
                                   + std::to_string(table.header.cells.size()));
                }
                table.rows.push_back(std::move(row));
            }
        }
        if (end == std::string::npos) {
            break;
        }
        start = end + 1;
    }
    if (!haveHeader) {
        throw MeasurementError{{file, 0, 0, {}}, "the file is empty: expected a header line naming the columns"};
    }
    return table;
}

double positiveNumber(const CsvTable& table, const CsvRow& row, std::size_t cell, const std::string& what)
{
    const std::string& text = row.cells[cell].text;
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end) {
        table.fail(row, cell, what + ": expected a number, got \"" + text + "\"");
    }
    if (!std::isfinite(value)) {
        table.fail(row, cell, what + ": expected a finite number, got \"" + text + "\"");
    }
    if (value <= 0) {
        table.fail(row, cell, what + ": expected a number above zero, got " + text);
    }
    return value;
}

std::int64_t positiveInteger(const CsvTable& table, const CsvRow& row, std::size_t cell, const std::string& what)
{
    const std::string& text = row.cells[cell].text;
    std::int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (text.empty() || ec != std::errc() || ptr != end || value < 1) {
        table.fail(row, cell, what + ": expected a whole number from 1 up, got \"" + text + "\"");
    }
    return value;
}

} // namespace moe::detail
