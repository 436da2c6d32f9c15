// office-addin-mock and office-addin-manifest import @microsoft/app-manifest and uuid, which ship as ES modules
// jest cannot load on Node 20. Nothing the tests use needs them, so they resolve to this stub.
module.exports = { v4: () => "00000000-0000-4000-8000-000000000000" };
