#pragma once

// `moe-explorer-cli serve`: the serving plan (core/search/servingplan.h) for a request shape
// and latency targets, as a table or JSON.

#include <ostream>

#include "cli/options.h"
#include "profile/profile.h"

namespace moe::cli {

int runServe(const Options& options, const Profile& profile, std::ostream& out, std::ostream& err);

} // namespace moe::cli
