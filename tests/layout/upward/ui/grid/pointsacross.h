#pragma once
// A fixture for tests/layout: the grid view may not use the search view beside it.
#include "search/searchdock.h"
