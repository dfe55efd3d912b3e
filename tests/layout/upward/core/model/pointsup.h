#pragma once
// A fixture for tests/layout: the model may not use the report, which sits above it.
#include "report/report.h"
