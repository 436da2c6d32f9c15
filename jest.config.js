// Unit tests live beside the code they test (src/.../x.test.ts); fixtures and cross-module tests under test/.
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  moduleNameMapper: {
    "^@microsoft/app-manifest$": "<rootDir>/test/stubs/esmOnly.js",
    "^uuid$": "<rootDir>/test/stubs/esmOnly.js",
  },
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "CommonJS", moduleResolution: "Node", isolatedModules: true }, diagnostics: false }],
  },
};
