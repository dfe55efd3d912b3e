#pragma once

// `moe-explorer-cli serve`: the serving plan (core/servingplan.h) for a request shape
// and latency targets, as a table or JSON.

#include <ostream>

#include "options.h"
#include "profile.h"

namespace moe::cli {

int runServe(const Options& options, const Profile& profile, std::ostream& out, std::ostream& err);

} // namespace moe::cli
