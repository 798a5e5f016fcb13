export const id = 680;
export const ids = [680];
export const modules = {

/***/ 8680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRegion: () => (/* binding */ resolveRegion)
/* harmony export */ });
async function resolveRegion(raw, env) {
    if (raw.region?.trim())
        return undefined;
    // An ARN names its region, and the environment is read by the options parser.
    if (raw['function-name']?.startsWith('arn:'))
        return undefined;
    if (env.AWS_REGION || env.AWS_DEFAULT_REGION)
        return undefined;
    const { LambdaClient } = await __webpack_require__.e(/* import() */ 696).then(__webpack_require__.t.bind(__webpack_require__, 1696, 19));
    const client = new LambdaClient({});
    try {
        const region = await client.config.region();
        return region || undefined;
    }
    catch {
        // No region anywhere: the options parser says so, with the fix.
        return undefined;
    }
    finally {
        client.destroy();
    }
}


/***/ })

};
