#pragma once

// `moe-explorer-cli search --format csv`: the ranked results as RFC 4180 CSV, one row
// per configuration shown, for spreadsheets and scripts (docs/cli.md).

#include <cstddef>
#include <ostream>

#include "search/search.h"

namespace moe::cli {

void writeSearchCsv(std::ostream& out, const SearchResult& result, std::size_t shown);

} // namespace moe::cli
