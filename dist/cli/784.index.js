export const id = 784;
export const ids = [784];
export const modules = {

/***/ 7784:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ y)
/* harmony export */ });
const y = () => 'lazy';


/***/ })

};
